// The sandbox's sign-in page (the server's authorization endpoint): posts the credentials and
// the client's OAuth parameters to /api/auth, asks for a TOTP code when the account needs one,
// then returns to the client's redirect URI with the code, the state and the issuer.
'use strict';

const byId = (id) => document.getElementById(id);
const query = new URL(window.location.href).searchParams;
const oauth = {
  clientId: query.get('client_id') || '',
  redirectUri: query.get('redirect_uri'),
  scope: query.get('scope'),
  state: query.get('state'),
  nonce: query.get('nonce'),
  codeChallenge: query.get('code_challenge'),
  codeChallengeMethod: query.get('code_challenge_method'),
};
let pending = null;

function say(message) {
  const alert = byId('alert');
  alert.textContent = message;
  alert.hidden = !message;
}

function askForCode(ask) {
  byId('credentials').hidden = ask;
  byId('second-factor').hidden = !ask;
  byId('title').textContent = ask ? 'Two-factor authentication' : 'Sign in';
  byId('subtitle').textContent = ask ? 'Enter the 6-digit code from your authenticator app.' : 'Enter your credentials to continue';
  if (ask) byId('otp').focus();
  else byId('otp').value = '';
}

function returnToClient(code, issuer) {
  const target = new URL(oauth.redirectUri);
  target.searchParams.set('code', code);
  if (oauth.state) target.searchParams.set('state', oauth.state);
  target.searchParams.set('iss', issuer || window.location.origin);
  window.location.assign(target.toString());
}

async function post(body) {
  const button = byId('submit');
  button.disabled = true;
  try {
    const response = await fetch('/api/auth', {
      method: 'POST',
      cache: 'no-store',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.status === 429 || response.status === 403) {
      say('Too many failed attempts. Try again later.');
      return;
    }
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const answer = await response.json();
    if (answer.type === 'authenticated') returnToClient(answer.client_code, answer.iss);
    else if (answer.type === 'mfaRequired') {
      say('');
      askForCode(true);
    } else if (answer.type === 'failure') {
      askForCode(false);
      pending = null;
      say('Invalid username, password or code. Please try again.');
    } else throw new Error('unexpected answer');
  } catch {
    say('The server could not complete the sign-in. Try again; if it persists, contact your administrator.');
  } finally {
    button.disabled = false;
  }
}

function submit(event) {
  event.preventDefault();
  say('');
  const request = { type: 'authCode', clientId: oauth.clientId };
  for (const name of ['redirectUri', 'scope', 'state', 'nonce', 'codeChallenge', 'codeChallengeMethod']) {
    if (oauth[name]) request[name] = oauth[name];
  }
  if (pending) {
    const code = byId('otp').value.trim();
    if (!/^\d{6}$/.test(code)) {
      say('Enter the 6-digit code.');
      return;
    }
    void post({ ...request, ...pending, mfaToken: code });
    return;
  }
  const accountName = byId('username').value.trim();
  const accountSecret = byId('password').value;
  if (!accountName || !accountSecret) {
    say('Enter your username and password.');
    return;
  }
  pending = { accountName, accountSecret };
  void post({ ...request, ...pending });
}

document.addEventListener('DOMContentLoaded', () => {
  if (!oauth.redirectUri) {
    byId('sign-in-form').hidden = true;
    byId('title').textContent = 'Sign in with an app';
    byId('subtitle').textContent = 'Start the sign-in from your application: this page needs its redirect_uri.';
    return;
  }
  const hint = query.get('login_hint');
  if (hint) byId('username').value = hint;
  byId('sign-in-form').addEventListener('submit', submit);
  byId('submit').disabled = false;
  (hint ? byId('password') : byId('username')).focus();
});
