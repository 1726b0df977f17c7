/**
 * DEVELOPMENT-ONLY credentials of the simulated OpenFX API. They are public (checked into the
 * repository) so that `npm start` and the tests sign requests with no set-up and no network.
 * Never register this key pair, or this API key, with a real OpenFX environment.
 *
 * Generated once with `crypto.generateKeyPairSync('ed25519')` (PKCS#8 / SPKI PEM) and pasted, so
 * every run uses the same pair. Ed25519 is the documented signing path.
 * @see https://openfx-api-docs-example.pages.dev/mvp/guides/authentication/request-signing
 */

/**
 * The API key the simulator accepts by default (OpenFX keys are opaque;
 * https://openfx-api-docs-example.pages.dev/mvp/guides/authentication/key-management).
 */
export const OPENFX_DEV_API_KEY = 'sk_sandbox_simulator_dev_only_0000';

/** DEV ONLY: PKCS#8 PEM of the Ed25519 private key that matches `OPENFX_DEV_PUBLIC_KEY_PEM`. */
export const OPENFX_DEV_PRIVATE_KEY_PEM = `-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEII87KgtybAZCmOWyqgEAoi0AMe8hKHexo0LnJRvmiie/
-----END PRIVATE KEY-----
`;

/** DEV ONLY: SPKI PEM of the Ed25519 public key the simulator registers by default. */
export const OPENFX_DEV_PUBLIC_KEY_PEM = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEA3nBHncS1KO/nwjtm/r5EyNmXac51OWg/O8Jxr1g0A0k=
-----END PUBLIC KEY-----
`;
