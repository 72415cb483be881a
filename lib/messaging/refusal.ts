export { Refusal } from '../core/refusal';
