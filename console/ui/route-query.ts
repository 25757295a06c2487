// Query parameters after the console's route, by which views link to one another:
// '#/pledges?campaignId=x' → campaignId=x.
export function routeQuery(): URLSearchParams {
  return new URLSearchParams(location.hash.split('?')[1] ?? '');
}
