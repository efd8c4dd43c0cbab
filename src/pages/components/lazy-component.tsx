import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code is fetched only when it is first wanted (`load`, a dynamic import), so that it
 * stays out of the page's first scripts; `Lazy.preload()` fetches it ahead (once the first paint is done).
 * Until it has come, a line says it is on its way; a failed load says so, and is tried again next time.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> & { preload(): Promise<ComponentType<P>> } {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  function Lazy(props: P) {
    const [, setCame] = useState(0);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      preload().then(
        () => live && setCame((n) => n + 1),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, []);
    if (loaded) {
      const Component = loaded;
      return <Component {...props} />;
    }
    return failed ? (
      <p class="notice notice--error" role="alert">
        This part of the report could not be loaded. Close the popup and open it again.
      </p>
    ) : (
      <p role="status">Loading…</p>
    );
  }
  return Object.assign(Lazy, { preload });
}
