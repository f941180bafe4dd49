import { parentPort, workerData } from "node:worker_threads";
import { useAuthorMessages } from "../schemas/messages.ts";
import { checkContentOnDisk } from "./content-check.ts";

// The content check of a build, on a thread of its own (src/integrations/content-check.ts starts it):
// it reads and checks every file while Astro starts Vite and loads the content config.
useAuthorMessages();
const { root, contentDir } = workerData as { root: string; contentDir: string };
parentPort!.postMessage(checkContentOnDisk(root, contentDir));
