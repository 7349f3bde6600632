// Every test starts from a fresh store and a fresh fake IndexedDB.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { IDBFactory } from 'fake-indexeddb';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { stopPersistence } from '../src/persistence/session';
import { resetStore } from '../src/store/index';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetStore();
});

afterEach(() => {
  cleanup();
  stopPersistence();
});
