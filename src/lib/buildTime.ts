/** The moment this build happens: every status, list and scheduled entry of the site is as of it. */
export const BUILD_TIME = new Date();
