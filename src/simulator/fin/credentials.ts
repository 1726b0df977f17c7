/**
 * Development credentials the simulator accepts by default. They only work against the simulator, which is
 * what `npm start` talks to when no FIN_API_URL is configured.
 */
export const FIN_DEV_CLIENT_ID = 'fin-sim-dev-client';
export const FIN_DEV_CLIENT_SECRET = 'fin-sim-dev-secret';
