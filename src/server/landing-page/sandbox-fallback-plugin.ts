import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';

/** The origin Apollo Sandbox's iframe posts its first message from, once it has loaded and started. */
const SANDBOX_EMBED_ORIGIN = 'https://sandbox.embed.apollographql.com';

/** Options of {@link sandboxWithFallbackPlugin}. */
export interface SandboxWithFallbackOptions {
  /** Where the bundled GraphiQL is served (`/graphiql`). */
  readonly fallbackPath: string;
  /** The operation and variables both IDEs open with. */
  readonly document: string;
  readonly variables: Record<string, unknown>;
  /** Headers Sandbox opens with (e.g. an `Authorization` line to fill when API keys are on). */
  readonly headers?: Record<string, string>;
  /** How long Sandbox may take to start once its script has loaded, in ms; default 10 000. */
  readonly startTimeoutMs?: number;
}

/**
 * The landing page of GET /graphql: Apollo's own embedded Sandbox page, plus a script that replaces
 * it with the bundled GraphiQL when Sandbox cannot run — its script from Apollo's CDN failed to load
 * (offline, blocked), or its iframe did not say hello within `startTimeoutMs`. The script carries the
 * nonce Apollo's page puts in its Content-Security-Policy, so the page's CSP stays as strict as
 * Apollo wrote it.
 */
export function sandboxWithFallbackPlugin(options: SandboxWithFallbackOptions): ApolloServerPlugin<BaseContext> {
  const apollo = ApolloServerPluginLandingPageLocalDefault({
    embed: { initialState: { pollForSchemaUpdates: false } },
    document: options.document,
    variables: options.variables,
    ...(options.headers ? { headers: options.headers } : {}),
    includeCookies: false,
    footer: false,
  });
  return {
    async serverWillStart(service) {
      const listener = await apollo.serverWillStart?.(service);
      const rendered = await listener?.renderLandingPage?.();
      const html = rendered?.html;
      if (!html) throw new Error('Apollo Sandbox landing page: renderLandingPage returned nothing');
      return {
        async renderLandingPage() {
          return {
            html: async () =>
              withFallback(
                typeof html === 'string' ? html : await html(),
                options.fallbackPath,
                options.startTimeoutMs ?? 10_000,
              ),
          };
        },
      };
    },
  };
}

/** Adds the fallback script, under the page's own nonce, just before `</body>`. */
export function withFallback(page: string, fallbackPath: string, startTimeoutMs: number): string {
  const nonce = /<script nonce="([0-9a-f]+)"/.exec(page)?.[1];
  const end = page.lastIndexOf('</body>');
  // Apollo's page format is not a public API: fail loudly at start-up rather than serve a page without fallback.
  if (!nonce || end < 0)
    throw new Error('Apollo Sandbox landing page: unexpected HTML, cannot add the GraphiQL fallback');
  const script = `<script nonce="${nonce}">
(function () {
  var fallback = ${JSON.stringify(fallbackPath)};
  var left = false;
  function useLocalIde() {
    if (left) return;
    left = true;
    window.location.replace(fallback);
  }
  // Apollo's script tag is synchronous, so by now it has either run or failed.
  if (typeof window.EmbeddedSandbox !== 'function') return useLocalIde();
  var timer = setTimeout(useLocalIde, ${Number(startTimeoutMs)});
  window.addEventListener('message', function (event) {
    if (event.origin === ${JSON.stringify(SANDBOX_EMBED_ORIGIN)}) clearTimeout(timer);
  });
})();
</script>
`;
  return `${page.slice(0, end)}${script}${page.slice(end)}`;
}
