import { serveWorkerTask } from '@/utils/client/worker-task';
import { readTask, type ReadTaskInput } from './read-task';

// The worker side of reading a debrief's dropped files (see read-dropped.ts).
serveWorkerTask((input: ReadTaskInput, progress) => readTask(input, progress));
