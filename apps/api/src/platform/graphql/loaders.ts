import DataLoader from 'dataloader';

/** Makes one kind of DataLoader; its identity is the key under which a request keeps the loader. */
export type LoaderFactory<K, V> = () => DataLoader<K, V>;

/**
 * The DataLoaders of one GraphQL request, made on first use. Field
 * resolvers ask for a loader by its factory, so every relation they load is
 * batched per request and cached only for that request.
 */
export class Loaders {
  private readonly loaders = new Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>();

  get<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(factory as LoaderFactory<unknown, unknown>);
    if (!loader) {
      loader = factory() as DataLoader<unknown, unknown>;
      this.loaders.set(factory as LoaderFactory<unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V>;
  }
}
