/** Where the server looks for the bundled GraphiQL (dist/graphiql). */
export declare const GRAPHIQL_DIR: string;
/** Builds the bundled GraphiQL into `outdir` (default dist/graphiql); resolves to the folder written. */
export declare function buildGraphiQL(outdir?: string): Promise<string>;
