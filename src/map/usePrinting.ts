import { useEffect, useState } from 'preact/hooks';

/** True while the page is being printed (or print media is emulated). */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const print = matchMedia('print');
    const update = () => setPrinting(print.matches);
    const on = () => setPrinting(true);
    print.addEventListener('change', update);
    addEventListener('beforeprint', on);
    addEventListener('afterprint', update);
    return () => {
      print.removeEventListener('change', update);
      removeEventListener('beforeprint', on);
      removeEventListener('afterprint', update);
    };
  }, []);
  return printing;
}
