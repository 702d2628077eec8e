// One page of organizations matching the filter (see fragments/organization-filter), in keyset order.
// @include fragments/organization-filter
// @include fragments/keyset-page
