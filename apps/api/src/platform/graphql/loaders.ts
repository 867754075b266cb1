import DataLoader from 'dataloader';
import type { Viewer } from '../auth/viewer.js';

/**
 * Makes one kind of DataLoader for a request (its viewer, and its other
 * loaders to build on); the factory's identity is the key under which the
 * request keeps the loader.
 */
export type LoaderFactory<K, V> = (viewer: Viewer | null, loaders: Loaders) => DataLoader<K, V>;

/** What the request's context build already read about the viewer, current as of this request. */
export interface KnownAtStart {
  /** The groups the viewer facilitates (read with the session). */
  facilitatedGroupIds?: readonly string[];
}

/**
 * The DataLoaders of one GraphQL request, made on first use. Field
 * resolvers ask for a loader by its factory, so every relation they load is
 * batched per request and cached only for that request. A subscription
 * makes new ones for each event (SubscriberStreams), from the session read
 * again then.
 */
export class Loaders {
  private readonly loaders = new Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>();

  constructor(
    private readonly viewer: Viewer | null,
    readonly known: KnownAtStart = {},
  ) {}

  get<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(factory as LoaderFactory<unknown, unknown>);
    if (!loader) {
      loader = factory(this.viewer, this) as DataLoader<unknown, unknown>;
      this.loaders.set(factory as LoaderFactory<unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V>;
  }
}
