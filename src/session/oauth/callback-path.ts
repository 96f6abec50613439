/** The route the server's sign-in page returns to (the redirect URI, under the console's prefix). */
export const CALLBACK_PATH = '/oauth/callback';
