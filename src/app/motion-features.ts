// Loaded after first paint: layout animations (layoutId) need domMax, which the
// springboard's first load should not pay for.
export { domMax as default } from 'framer-motion';
