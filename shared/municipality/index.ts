export * from './voorbeeldgemeente'
export * from './tariffs'
