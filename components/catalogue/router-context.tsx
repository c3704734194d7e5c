/**
 * The page's router, shared by context so views navigate without prop-drilling, and a link that
 * is a real <a href="#/…"> (middle-click, copy address and keyboard all work as on any page).
 */
import { createContext, useContext, type AnchorHTMLAttributes, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { RouterState, RouterStore } from '@/lib/catalogue-page/router-store';
import { routeHash, type Route } from '@/lib/catalogue-page/routes';

export const RouterContext = createContext<RouterStore | null>(null);

function useRouterStore(): RouterStore {
  const store = useContext(RouterContext);
  if (!store) throw new Error('useRouter outside RouterContext');
  return store;
}

export function useRouter<T>(select: (s: RouterState) => T): T {
  return useStore(useRouterStore(), select);
}

export function useNavigate(): RouterState['navigate'] {
  return useRouter((s) => s.navigate);
}

export function RouteLink({ to, children, ...rest }: { to: Route; children: ReactNode } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  return (
    <a href={routeHash(to)} {...rest}>
      {children}
    </a>
  );
}
