// Every change the trainer's pages make to what their device keeps (assignments created,
// cohort tables), as a named pure function: (data, …what happened) → new data. Islands call
// `trainerStore().update(change)` with one of these and only render.
import type { TrainerData } from "./trainer-store";
