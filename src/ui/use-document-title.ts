import { useEffect } from 'react';

export const APP_NAME = 'Postmaster';

/** Sets "<title> · Postmaster"; a page may call it to name the item it shows. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    if (title) document.title = `${title} · ${APP_NAME}`;
  }, [title]);
}
