// Whether outbound queue processing is paused. A Stalwart 0.16 server keeps that flag in memory
// only (smtp queue manager, `queue_status`) and offers no read of it: no JMAP object, no HTTP
// endpoint. So the console never claims "running" or "paused"; it shows the state as unknown,
// with the last pause or resume made in this session.

export interface LastProcessingAction {
  paused: boolean;
  /** When it was done, RFC 3339. */
  at: string;
}
