// x:QueuedMessage handlers in the core's MethodHandler shape.
import type { ObjectHandlers } from '../jmap/method-types';
import { queueGet } from './queue-get';
import { queueQuery } from './queue-query';
import { queueSet } from './queue-set';
import { queueStore } from './queue-store';

const seconds = (d: Date): number => Math.floor(d.getTime() / 1000);

export const queuedMessageHandlers: ObjectHandlers = {
  get: async (args, ctx) =>
    queueGet(args, { store: queueStore(ctx.db), now: seconds(ctx.helpers.now()), maxObjectsInGet: ctx.limits.maxObjectsInGet }),
  query: async (args, ctx) => queueQuery(args, queueStore(ctx.db)),
  set: async (args, ctx) =>
    queueSet(args, { store: queueStore(ctx.db), now: seconds(ctx.helpers.now()), setError: ctx.helpers.setError }),
};
