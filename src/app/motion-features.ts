// Loaded after first paint. Animations, exits and gestures only: nothing in the app
// uses layout animations or framer's drag (the story's cover flies by hand,
// story-viewer/cover-flight.ts), so no layout projection runs (decision 045).
export { domAnimation as default } from 'framer-motion';
