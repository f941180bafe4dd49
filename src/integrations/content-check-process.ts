import { useAuthorMessages } from "../schemas/messages.ts";
import { checkContentOnDisk } from "./content-check.ts";

// The content check of a build, in a process of its own (src/integrations/content-check.ts starts
// it): it reads and checks every file while Astro starts Vite and loads the content config, and
// gives its memory back when it ends (a thread's stayed with the build's process, 200–300 MB at
// 1,000 lessons, up to its peak).
useAuthorMessages();
const [root, contentDir] = process.argv.slice(2) as [string, string];
process.send!(checkContentOnDisk(root, contentDir), () => process.disconnect());
