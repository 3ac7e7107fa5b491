/** The board's own addresses (mock builds only, decision 031). */
export const BOARD_PATH = '/__preview';

export function boardFlowPath(flowId: string): string {
  return `${BOARD_PATH}/${encodeURIComponent(flowId)}`;
}
