export { evaluateScenario, emptyByPayer } from './evaluate'
export { compareScenarios } from './compare'
export { ENGINE_MESSAGES, EngineInvariantError, engineMessageKey, type EngineMessageCode } from './messages'
