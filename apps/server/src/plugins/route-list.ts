import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, as METHOD + URL (the access-matrix test checks each one). */
    routeList: { method: string; url: string }[];
  }
}

/** Records routes as they are added; registered before any route so none is missed. */
export function registerRouteList(app: FastifyInstance): void {
  const list: { method: string; url: string }[] = [];
  app.decorate('routeList', list);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) list.push({ method, url: route.url });
  });
}
