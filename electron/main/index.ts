// Placeholder main process — owned by the shell work.
import { app } from 'electron'
void app.whenReady()
