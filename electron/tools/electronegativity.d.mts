export type Finding = {
  id: string
  file: string
  line: number
  severity: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH'
  confidence: string
  description: string
}
export const ACCEPTED_FINDINGS: { id: string; file: string }[]
export function electronVersion(root?: string): string
export function scan(root?: string): Promise<Finding[]>
export function isAccepted(finding: Finding): boolean
export function unacceptedFindings(findings: Finding[]): Finding[]
