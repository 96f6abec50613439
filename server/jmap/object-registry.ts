// Pluggable method handlers for `x:` objects owned by other modules (e.g. x:QueuedMessage).
import type { ObjectHandlers } from './method-types';

const handlers = new Map<string, ObjectHandlers>();

/** Registers get/set/query handlers for an `x:` object, replacing built-in ones. */
export function registerObjectHandlers(objectName: string, objectHandlers: ObjectHandlers): void {
  if (!objectName.startsWith('x:')) throw new Error(`Object names start with "x:": ${objectName}`);
  handlers.set(objectName, objectHandlers);
}

export function registeredObjectHandlers(objectName: string): ObjectHandlers | undefined {
  return handlers.get(objectName);
}
