export * from './procedure'
export * from './stage'
export * from './transitions'
export * from './caseload'
