// One page of projects matching the filter (see fragments/project-filter), in keyset order.
// @include fragments/project-filter
// @include fragments/keyset-page
