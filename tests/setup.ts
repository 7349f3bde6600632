// Every test starts from a fresh store and a fresh fake IndexedDB.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { stopPersistence } from '../src/persistence/session';
import { resetStore } from '../src/store/index';

beforeEach(() => {
  // Domain tests run in plain Node, without DOM storage.
  if (typeof localStorage !== 'undefined') localStorage.clear();
  globalThis.indexedDB = new IDBFactory();
  // Dexie keeps the IndexedDB it saw first; hand it each test's fresh one.
  Dexie.dependencies.indexedDB = globalThis.indexedDB;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  resetStore();
});

afterEach(() => {
  cleanup();
  stopPersistence();
});
