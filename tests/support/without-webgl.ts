import type { Page } from '@playwright/test';

/** Makes `page` answer as a browser with WebGL switched off does: no context of either version. */
export async function withoutWebGl(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      return /webgl/i.test(type) ? null : getContext.call(this, type as '2d', ...(rest as []));
    } as typeof getContext;
  });
}
