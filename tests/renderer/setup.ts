// Renderer tests run in happy-dom with an in-memory IndexedDB.
import 'fake-indexeddb/auto'
