// One page of platforms matching the filter (see fragments/platform-filter), in keyset order.
// @include fragments/platform-filter
// @include fragments/keyset-page
