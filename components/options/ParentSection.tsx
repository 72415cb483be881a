import { useState, type FormEvent } from 'react';
import type { LockStatus } from '@/lib/core/lock';
import { useLocale, useT } from '../i18n';
import { refusalText } from '../refusal-text';
import { useOptionsDeps } from './deps';

/**
 * Parent mode: set a PIN or passphrase (which switches on the teen preset and a pause for every
 * severity), unlock for a few minutes, lock again, or remove it. A forgotten PIN can be reset
 * only by erasing every habit record with it; a parent dismisses the notice that leaves. It says
 * plainly what parent mode cannot prevent.
 */
export function ParentSection({ status, refresh }: { status: LockStatus | undefined; refresh: () => Promise<void> }) {
  const t = useT();
  const locale = useLocale((state) => state.locale);
  const { send } = useOptionsDeps();
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [message, setMessage] = useState<string>('');
  const [erase, setErase] = useState(false);

  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setMessage('');
    } catch (error) {
      // Every refusal in words (refusal-text.ts), never the background's code.
      setMessage(refusalText(error, t));
    }
    setPin('');
    setAgain('');
    await refresh();
  };

  const setNewPin = (event: FormEvent) => {
    event.preventDefault();
    if (pin !== again) {
      setMessage(t('lock.error.mismatch'));
      return;
    }
    void run(() => send('setParentPin', { pin }));
  };

  const unlock = (event: FormEvent) => {
    event.preventDefault();
    void (async () => {
      const result = await send('unlockSettings', { pin });
      setPin('');
      if (result.ok) setMessage('');
      else if (result.retryAfterMs > 0) setMessage(t('lock.error.wait', { seconds: Math.ceil(result.retryAfterMs / 1000) }));
      else setMessage(t('lock.error.wrong'));
      await refresh();
    })();
  };

  if (!status) return null;
  const unlocked = status.unlockedUntil > 0;
  const pinField = (hinted: boolean) => (
    <>
      <label>
        {t('lock.pin')}{' '}
        <input type="password" autoComplete="off" aria-describedby={hinted ? 'parent-pin-hint' : undefined} value={pin} onChange={(event) => setPin(event.target.value)} required />
      </label>
    </>
  );

  return (
    <section aria-labelledby="parent-title" className="parent">
      <h2 id="parent-title">{t('lock.title')}</h2>
      {!status.enabled && (
        <form onSubmit={setNewPin} className="inline-form wrap">
          <p className="muted">{t('lock.intro')}</p>
          {pinField(true)}
          <label>
            {t('lock.pinAgain')}{' '}
            <input type="password" autoComplete="off" value={again} onChange={(event) => setAgain(event.target.value)} required />
          </label>
          <p id="parent-pin-hint" className="muted">
            {t('lock.pinHint')}
          </p>
          <button type="submit">{t('lock.turnOn')}</button>
        </form>
      )}
      {status.enabled && !unlocked && (
        <>
          <p>{t('lock.lockedNow')}</p>
          <form onSubmit={unlock} className="inline-form">
            {pinField(false)}
            <button type="submit">{t('lock.unlock')}</button>
          </form>
          <details className="forgot">
            <summary>{t('lock.forgot.title')}</summary>
            <p>{t('lock.forgot.explain')}</p>
            <label>
              <input type="checkbox" checked={erase} onChange={(event) => setErase(event.target.checked)} /> {t('lock.forgot.confirm')}
            </label>{' '}
            <button type="button" className="danger" disabled={!erase} onClick={() => void run(() => send('resetForgottenPin', { confirm: 'erase-all-records' }))}>
              {t('lock.forgot.reset')}
            </button>
          </details>
        </>
      )}
      {status.enabled && unlocked && (
        <div className="inline-form wrap">
          <p>{t('lock.unlockedUntil', { time: new Date(status.unlockedUntil).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' }) })}</p>
          <button type="button" onClick={() => void run(() => send('lockSettings', {}))}>
            {t('lock.lockNow')}
          </button>
          <button type="button" className="danger" onClick={() => void run(() => send('removeParentLock', {}))}>
            {t('lock.remove')}
          </button>
          {status.resetAt !== null && (
            <button type="button" onClick={() => void run(() => send('acknowledgeReset', {}))}>
              {t('lock.reset.acknowledge')}
            </button>
          )}
        </div>
      )}
      <h3 id="parent-limits-title">{t('lock.limits.title')}</h3>
      <p>{t('lock.limits.body')}</p>
      <p role="status" aria-live="polite" className="notice error">
        {message}
      </p>
    </section>
  );
}
