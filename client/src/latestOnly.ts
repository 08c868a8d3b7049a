// Of overlapping asynchronous refreshes, only the latest may draw: an earlier one that answers last would show stale data.

export class LatestOnly {
  private count = 0;

  /** Starts a refresh; the function says, after each await, whether it is still the latest one started. */
  begin(): () => boolean {
    const id = ++this.count;
    return () => id === this.count;
  }
}
