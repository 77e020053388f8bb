/**
 * Validation of every IPC call: who sent it (the app's own frame only) and what it carries (one zod
 * tuple schema per channel; extra or missing arguments are refused). Pure: no electron import.
 */
import { z } from 'zod'
import {
  BACKUP_FILE_EXTENSION,
  DESKTOP_CHANNELS,
  MAX_BACKUP_BYTES,
  MAX_OPEN_BYTES,
  MAX_SAVE_BYTES,
  type DesktopChannel,
  type DesktopError,
} from '#shared/ipc/desktop-api'
import { isControlCharacter } from './file-names'
import { isAppUrl } from './url-trust'

// Zod 4 probes `new Function` when schemas are built unless jitless is set; our CSP forbids eval, and
// the main process has no reason to generate code either. Must run before any schema below exists.
z.config({ jitless: true })

/** The part of `IpcMainInvokeEvent.senderFrame` we rely on. */
type SenderFrameLike = { url: string; parent?: unknown } | null | undefined

/** Only the app's top-level frame at `app://bundle/` may call the bridge. */
export function isTrustedSender(frame: SenderFrameLike): boolean {
  if (frame === null || frame === undefined) return false
  if (frame.parent !== null && frame.parent !== undefined) return false
  return isAppUrl(frame.url)
}

const fileFilterSchema = z
  .object({
    name: z.string().min(1).max(100),
    extensions: z
      .array(
        z
          .string()
          .max(16)
          .regex(/^(\*|[A-Za-z0-9]+)$/),
      )
      .min(1)
      .max(20),
  })
  .strict()

const filtersSchema = z.array(fileFilterSchema).max(20).optional()

/** A plain file name: no folders, no control characters, not only dots. */
const plainFileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine(
    (name) =>
      ![...name].some((char) => char === '/' || char === '\\' || isControlCharacter(char)) &&
      !/^\.+$/.test(name),
    'not a plain file name',
  )

const isoTimestampSchema = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/)

export const sentinelSchema = z
  .object({
    installId: z.string().min(1).max(100),
    createdAt: isoTimestampSchema,
    householdCount: z.number().int().min(0).max(10_000_000),
    lastSeenAt: isoTimestampSchema,
    audit: z
      .object({
        seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
        hash: z.string().regex(/^[0-9a-f]{64}$/),
      })
      .strict()
      .optional(),
  })
  .strict()

const backupLabelSchema = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/)

/** A backup file name as `backups.list()` returns it; anything else (traversal included) is refused. */
export const backupNameSchema = z
  .string()
  .max(120)
  .regex(
    new RegExp(
      `^maatwerk-\\d{8}T\\d{9}Z(-[A-Za-z0-9_-]{1,40})?${BACKUP_FILE_EXTENSION.replace('.', '\\.')}$`,
    ),
  )

const bytesSchema = (max: number) =>
  z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= max, `larger than ${max} bytes`)

const channelArgumentSchemas = {
  [DESKTOP_CHANNELS.getAppInfo]: z.tuple([]),
  [DESKTOP_CHANNELS.saveFile]: z.tuple([
    z
      .object({
        suggestedName: plainFileNameSchema,
        data: z.union([z.string().max(MAX_SAVE_BYTES), bytesSchema(MAX_SAVE_BYTES)]),
        filters: filtersSchema,
      })
      .strict(),
  ]),
  [DESKTOP_CHANNELS.openFile]: z.tuple([
    z
      .object({
        filters: filtersSchema,
        maxBytes: z.number().int().positive().max(MAX_OPEN_BYTES),
        as: z.enum(['text', 'bytes']).optional(),
      })
      .strict(),
  ]),
  [DESKTOP_CHANNELS.openExternal]: z.tuple([z.string().min(1).max(2048)]),
  [DESKTOP_CHANNELS.setLanguage]: z.tuple([z.enum(['nl', 'en'])]),
  [DESKTOP_CHANNELS.openedCaseFilesTake]: z.tuple([]),
  [DESKTOP_CHANNELS.deviceKey]: z.tuple([]),
  [DESKTOP_CHANNELS.osUserCheck]: z.tuple([z.enum(['probe', 'verify'])]),
  [DESKTOP_CHANNELS.sentinelRead]: z.tuple([]),
  [DESKTOP_CHANNELS.sentinelWrite]: z.tuple([sentinelSchema]),
  [DESKTOP_CHANNELS.backupsWrite]: z.tuple([
    z.object({ name: backupLabelSchema.optional(), data: bytesSchema(MAX_BACKUP_BYTES) }).strict(),
  ]),
  [DESKTOP_CHANNELS.backupsList]: z.tuple([]),
  [DESKTOP_CHANNELS.backupsRead]: z.tuple([backupNameSchema]),
} satisfies Record<DesktopChannel, z.ZodType>

export type ChannelArguments = { [C in DesktopChannel]: z.output<(typeof channelArgumentSchemas)[C]> }

type ArgumentCheck<C extends DesktopChannel> =
  { ok: true; args: ChannelArguments[C] } | { ok: false; error: DesktopError }

/** Validates the raw arguments of one call; the error message names the paths, never the values. */
export function validateChannelArguments<C extends DesktopChannel>(
  channel: C,
  args: unknown[],
): ArgumentCheck<C> {
  const schema: z.ZodType = channelArgumentSchemas[channel]
  const parsed = schema.safeParse(args)
  if (parsed.success) return { ok: true, args: parsed.data as ChannelArguments[C] }
  const paths = parsed.error.issues.map((issue) => issue.path.map(String).join('.') || '(arguments)')
  return {
    ok: false,
    error: {
      code: 'invalid-argument',
      message: `Invalid arguments for ${channel}: ${[...new Set(paths)].join(', ')}`,
    },
  }
}
