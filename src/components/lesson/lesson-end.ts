// The islands at the end of a lesson, loaded together by lesson-islands.ts when
// the reader nears them: the end-of-text read marker and the quiz.
import "./read-marker";
import "../quiz/quiz-element";
