export * from './provisions'
