// How often the console asks the back end what changed, unless DESKTERM_REFRESH_SECONDS says otherwise.
export const defaultRefreshMs = 15_000;
