import { serveWorkerTask } from '@/utils/client/worker-task';
import { runGuideImport, type GuideTaskInput } from '@/utils/domain/import/run';

/** Reads a big guide off the desk's main thread (the desk shares its renderer with the in-call panel). */
serveWorkerTask((input: GuideTaskInput, progress) => runGuideImport(input, progress));
