import { describe, expect, it } from 'vitest';
import { SESSION_STORAGE_KEY } from '@/lib/session';
import { inboxHandlers } from '@/testing/inbox-fixtures';
import { callsTo, demoUser, json, loginResponse, mockApi, problem } from '@/testing/mock-api';
import { renderApp, screen, within } from '@/testing/test-utils';

async function signIn(user: ReturnType<typeof renderApp>['user'], email: string, password: string) {
  // The form shows once the one renewal attempt of a page load has found no session.
  await user.type(await screen.findByLabelText('Email'), email);
  await user.type(screen.getByLabelText(/^(Kata sandi|Password)$/), password);
  await user.click(screen.getByRole('button', { name: /^(Masuk|Sign in)$/ }));
}

describe('login page', () => {
  it('shows wrong credentials in Indonesian, then in English after switching language', async () => {
    const fetchMock = mockApi({
      'POST /api/v1/auth/login': () =>
        problem({ status: 401, code: 'invalid-credentials', title: 'Unauthorized' }),
    });
    const { user } = renderApp('/login');

    await signIn(user, 'agent1@nusantara.test', 'wrong');

    expect(await screen.findByRole('alert')).toHaveTextContent('Email atau kata sandi salah.');
    const [request] = callsTo(fetchMock, 'POST', '/api/v1/auth/login');
    expect(await request!.json()).toEqual({ username: 'agent1@nusantara.test', password: 'wrong' });

    await user.click(screen.getByRole('button', { name: /English/ }));

    expect(screen.getByRole('alert')).toHaveTextContent('Incorrect email or password.');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    expect(document.documentElement.lang).toBe('en');
  });

  it('signs in and shows the shell with the user and their company', async () => {
    mockApi({ ...inboxHandlers([]), 'POST /api/v1/auth/login': () => json(loginResponse()) });
    const { user, router } = renderApp('/login');

    await signIn(user, 'agent1@nusantara.test', 'inbox-demo');

    const header = await screen.findByRole('banner');
    expect(within(header).getByText(demoUser.name)).toBeInTheDocument();
    expect(within(header).getByText('Toko Nusantara')).toBeInTheDocument();
    expect(within(header).getByText('Agen')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Kotak masuk' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(JSON.parse(window.localStorage.getItem(SESSION_STORAGE_KEY) ?? '{}')).toMatchObject({
      accessToken: 'test-token',
    });
  });

  it('disables the submit button while signing in', async () => {
    let answer: (response: Response) => void = () => {};
    mockApi({
      'POST /api/v1/auth/login': () => new Promise<Response>((resolve) => (answer = resolve)),
    });
    const { user } = renderApp('/login');

    await signIn(user, 'agent1@nusantara.test', 'inbox-demo');

    expect(screen.getByRole('button', { name: 'Sedang masuk…' })).toBeDisabled();
    answer(problem({ status: 401, code: 'invalid-credentials' }));
    expect(await screen.findByRole('button', { name: 'Masuk' })).toBeEnabled();
  });

  it('tells how many seconds to wait after too many attempts', async () => {
    mockApi({
      'POST /api/v1/auth/login': () =>
        problem({ status: 429, code: 'too-many-attempts' }, { 'Retry-After': '42' }),
    });
    const { user } = renderApp('/login');

    await signIn(user, 'agent1@nusantara.test', 'wrong');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Terlalu banyak percobaan masuk. Coba lagi dalam 42 detik.',
    );
  });

  it('shows server validation messages beside the fields', async () => {
    mockApi({
      'POST /api/v1/auth/login': () =>
        problem({
          status: 400,
          code: 'validation-failed',
          errors: [{ field: 'login.request.username', message: 'must be a well-formed email address' }],
        }),
    });
    const { user } = renderApp('/login');

    await signIn(user, 'not-an-email', 'x');

    expect(await screen.findByRole('alert')).toHaveTextContent('Periksa kembali isian yang ditandai.');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('must be a well-formed email address');
    expect(screen.getByLabelText('Email')).toBeInvalid();
  });

  it('says the server is unreachable when the request fails', async () => {
    mockApi({
      'POST /api/v1/auth/login': () => Promise.reject(new TypeError('fetch failed')),
    });
    const { user } = renderApp('/login');

    await signIn(user, 'agent1@nusantara.test', 'inbox-demo');

    expect(await screen.findByRole('alert')).toHaveTextContent('Tidak dapat terhubung ke server.');
  });

  it('shows a generic message for an unexpected answer, never its body', async () => {
    mockApi({
      'POST /api/v1/auth/login': () => new Response('<html>Bad gateway</html>', { status: 502 }),
    });
    const { user } = renderApp('/login');

    await signIn(user, 'agent1@nusantara.test', 'inbox-demo');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Terjadi kesalahan. Silakan coba lagi.');
    expect(alert).not.toHaveTextContent('Bad gateway');
  });

  it('says the database is out of reach (503) instead of a generic failure', async () => {
    mockApi({
      'POST /api/v1/auth/login': () =>
        problem({ status: 503, code: 'database-unavailable', detail: 'The database cannot be reached' }, { 'Retry-After': '2' }),
    });
    const { user } = renderApp('/login');

    await signIn(user, 'agent1@nusantara.test', 'inbox-demo');

    expect(await screen.findByRole('alert')).toHaveTextContent('Server sedang tidak dapat menjangkau database; coba lagi sebentar.');
  });

  it('checks required fields before calling the API', async () => {
    const fetchMock = mockApi({});
    const { user } = renderApp('/login');

    await user.click(await screen.findByRole('button', { name: 'Masuk' }));

    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Email wajib diisi.');
    expect(screen.getByLabelText('Kata sandi')).toHaveAccessibleDescription('Kata sandi wajib diisi.');
    expect(screen.getByLabelText('Email')).toHaveFocus();
    expect(callsTo(fetchMock, 'POST', '/api/v1/auth/login')).toHaveLength(0);
  });
});
