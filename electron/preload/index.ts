// Placeholder preload — owned by the shell work.
import { contextBridge } from 'electron'
contextBridge.exposeInMainWorld('desktop', {})
