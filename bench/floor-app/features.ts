// Loaded after first paint, like the app's src/app/motion-features.ts (drag needs domMax).
export { domMax as default } from 'framer-motion';
