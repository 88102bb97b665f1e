export interface paths {
    "/api/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Metrics
         * @description Get all metrics in an account.
         *
         *     Requests can be filtered by the following fields:
         *     integration `name`, integration `category`
         *
         *     Returns a maximum of 200 results per page.<br><br>*Rate limits*:<br>Burst: `10/s`<br>Steady: `150/m`
         *
         *     **Scopes:**
         *     `metrics:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_metrics.json)
         */
        get: operations["get_metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Metric
         * @description Get a metric with the given metric ID.<br><br>*Rate limits*:<br>Burst: `10/s`<br>Steady: `150/m`
         *
         *     **Scopes:**
         *     `metrics:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_metric.json)
         */
        get: operations["get_metric"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metric-properties/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Metric Property
         * @description Get a metric property with the given metric property ID.<br><br>*Rate limits*:<br>Burst: `1/s`<br>Steady: `15/m`
         *
         *     **Scopes:**
         *     `metrics:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_metric_property.json)
         */
        get: operations["get_metric_property"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/custom-metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Custom Metrics
         * @description Get all custom metrics in an account.<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `metrics:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_custom_metrics.json)
         */
        get: operations["get_custom_metrics"];
        put?: never;
        /**
         * Create Custom Metric
         * @description Create a new custom metric.
         *
         *     Custom metric objects must include a `name` and `definition`.<br><br>*Rate limits*:<br>Burst: `1/s`<br>Steady: `15/m`<br>Daily: `15/d`
         *
         *     **Scopes:**
         *     `metrics:write`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/create_custom_metric.json)
         */
        post: operations["create_custom_metric"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/custom-metrics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Custom Metric
         * @description Get a custom metric with the given custom metric ID.<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `metrics:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_custom_metric.json)
         */
        get: operations["get_custom_metric"];
        put?: never;
        post?: never;
        /**
         * Delete Custom Metric
         * @description Delete a custom metric with the given custom metric ID.<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `metrics:write`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/delete_custom_metric.json)
         */
        delete: operations["delete_custom_metric"];
        options?: never;
        head?: never;
        /**
         * Update Custom Metric
         * @description Update a custom metric with the given custom metric ID.<br><br>*Rate limits*:<br>Burst: `1/s`<br>Steady: `15/m`<br>Daily: `15/d`
         *
         *     **Scopes:**
         *     `metrics:write`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/update_custom_metric.json)
         */
        patch: operations["update_custom_metric"];
        trace?: never;
    };
    "/api/mapped-metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Mapped Metrics
         * @description Get all mapped metrics in an account.<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `metrics:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_mapped_metrics.json)
         */
        get: operations["get_mapped_metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mapped-metrics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Mapped Metric
         * @description Get the mapped metric with the given ID.<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `metrics:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_mapped_metric.json)
         */
        get: operations["get_mapped_metric"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Mapped Metric
         * @description Update the mapped metric with the given ID.<br><br>*Rate limits*:<br>Burst: `1/s`<br>Steady: `15/m`<br>Daily: `30/d`
         *
         *     **Scopes:**
         *     `metrics:write`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/update_mapped_metric.json)
         */
        patch: operations["update_mapped_metric"];
        trace?: never;
    };
    "/api/metric-aggregates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query Metric Aggregates
         * @description Query and aggregate event data associated with a metric, including native Klaviyo metrics, integration-specific metrics, and custom events (not to be confused with [custom metrics](https://developers.klaviyo.com/en/reference/custom_metrics_api_overview), which are not supported at this time). Queries must be passed in the JSON body of your `POST` request.
         *
         *     To request campaign and flow performance data that matches the data shown in Klaviyo's UI, we recommend the [Reporting API](https://developers.klaviyo.com/en/reference/reporting_api_overview).
         *
         *     Results can be filtered and grouped by time, event, or profile dimensions.
         *
         *     To learn more about how to use this endpoint, check out our new [Using the Query Metric Aggregates Endpoint guide](https://developers.klaviyo.com/en/docs/using-the-query-metric-aggregates-endpoint).
         *
         *     For a comprehensive list of request body parameters, native Klaviyo metrics, and their associated attributes for grouping and filtering, please refer to the [metrics attributes guide](https://developers.klaviyo.com/en/docs/supported_metrics_and_attributes).<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `metrics:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/query_metric_aggregates.json)
         */
        post: operations["query_metric_aggregates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics/{id}/flow-triggers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Flows Triggered by Metric
         * @description Get all flows where the given metric is being used as the trigger.<br><br>*Rate limits*:<br>Burst: `10/s`<br>Steady: `150/m`
         *
         *     **Scopes:**
         *     `flows:read`
         *     `metrics:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_flows_triggered_by_metric.json)
         */
        get: operations["get_flows_triggered_by_metric"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics/{id}/relationships/flow-triggers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get IDs for Flows Triggered by Metric
         * @description Get the IDs of all flows where the given metric is being used as the trigger.<br><br>*Rate limits*:<br>Burst: `10/s`<br>Steady: `150/m`
         *
         *     **Scopes:**
         *     `flows:read`
         *     `metrics:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_ids_for_flows_triggered_by_metric.json)
         */
        get: operations["get_ids_for_flows_triggered_by_metric"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics/{id}/metric-properties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Properties for Metric
         * @description Get the metric properties for the given metric ID.<br><br>*Rate limits*:<br>Burst: `1/s`<br>Steady: `15/m`
         *
         *     **Scopes:**
         *     `metrics:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_properties_for_metric.json)
         */
        get: operations["get_properties_for_metric"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics/{id}/relationships/metric-properties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Property IDs for Metric
         * @description Get the IDs of metric properties for the given metric.<br><br>*Rate limits*:<br>Burst: `1/s`<br>Steady: `15/m`
         *
         *     **Scopes:**
         *     `metrics:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_property_ids_for_metric.json)
         */
        get: operations["get_property_ids_for_metric"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metric-properties/{id}/metric": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Metric for Metric Property
         * @description Get the metric for the given metric property ID.<br><br>*Rate limits*:<br>Burst: `1/s`<br>Steady: `15/m`
         *
         *     **Scopes:**
         *     `metrics:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_metric_for_metric_property.json)
         */
        get: operations["get_metric_for_metric_property"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metric-properties/{id}/relationships/metric": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Metric ID for Metric Property
         * @description Get the ID of the metric for the given metric property.<br><br>*Rate limits*:<br>Burst: `1/s`<br>Steady: `15/m`
         *
         *     **Scopes:**
         *     `metrics:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_metric_id_for_metric_property.json)
         */
        get: operations["get_metric_id_for_metric_property"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/custom-metrics/{id}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Metrics for Custom Metric
         * @description Get all metrics for the given custom metric ID.<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `metrics:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_metrics_for_custom_metric.json)
         */
        get: operations["get_metrics_for_custom_metric"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/custom-metrics/{id}/relationships/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Metric IDs for Custom Metric
         * @description Get all metrics for the given custom metric ID.<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `metrics:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_metric_ids_for_custom_metric.json)
         */
        get: operations["get_metric_ids_for_custom_metric"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mapped-metrics/{id}/metric": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Metric for Mapped Metric
         * @description Get the metric for the given mapped metric ID (if applicable).<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `metrics:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_metric_for_mapped_metric.json)
         */
        get: operations["get_metric_for_mapped_metric"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mapped-metrics/{id}/relationships/metric": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Metric ID for Mapped Metric
         * @description Get the ID of the metric for the given mapped metric.<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `metrics:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_metric_id_for_mapped_metric.json)
         */
        get: operations["get_metric_id_for_mapped_metric"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mapped-metrics/{id}/custom-metric": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Custom Metric for Mapped Metric
         * @description Get the custom metric for the given mapped metric ID (if applicable).<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `metrics:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_custom_metric_for_mapped_metric.json)
         */
        get: operations["get_custom_metric_for_mapped_metric"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mapped-metrics/{id}/relationships/custom-metric": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Custom Metric ID for Mapped Metric
         * @description Get the ID of the custom metric for the given mapped metric.<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `metrics:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_custom_metric_id_for_mapped_metric.json)
         */
        get: operations["get_custom_metric_id_for_mapped_metric"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Optional hints emitted by the API for agent callers */
        AgentHints: {
            /** @description Suggested follow-up actions for agents to take after this response */
            next_steps?: string[];
        };
        BooleanFilter: {
            /** @enum {string} */
            type: "boolean";
            /**
             * @description Operators for boolean filters.
             * @enum {string}
             */
            operator: "equals";
            value: boolean;
        };
        CollectionLinks: {
            /** Format: uri */
            self: string;
            /** Format: uri */
            prev?: string;
            /** Format: uri */
            next?: string;
        };
        CustomMetricCondition: {
            property: string;
            filter: components["schemas"]["NumericOperatorNumericFilter"] | components["schemas"]["StringInArrayFilter"] | components["schemas"]["ExistenceOperatorExistenceFilter"] | components["schemas"]["BooleanFilter"] | components["schemas"]["StringOperatorStringFilter"] | components["schemas"]["ListContainsOperatorListContainsFilter"] | components["schemas"]["ListRegexOperatorListContainsFilter"] | components["schemas"]["ListSubstringFilter"];
        };
        CustomMetricCreateQuery: {
            data: components["schemas"]["CustomMetricCreateQueryResourceObject"];
        };
        CustomMetricCreateQueryResourceObject: {
            type: components["schemas"]["CustomMetricEnum"];
            attributes: {
                /**
                 * @description The name for this custom metric. Names must be unique across the account.         Attempting to create a metric with a duplicate name will return a 400 status code.
                 * @example My custom metric
                 */
                name: string;
                /**
                 * @description The definition of a custom metric. It is composed of a list of         `metric_groups`. Each group specifies how to query a particular metric with         customized filters and the value property to calculate conversion value measurements         (if applicable). The groups are combined with `AND` relationships, i.e., conversion         and conversion value measurements for each group will be added together to get the final         result.
                 * @example {
                 *       "aggregation_method": "value",
                 *       "metric_groups": [
                 *         {
                 *           "metric_id": "AAAAAA",
                 *           "metric_filters": [
                 *             {
                 *               "property": "my_string_property",
                 *               "filter": {
                 *                 "type": "string",
                 *                 "operator": "starts-with",
                 *                 "value": "some_substring"
                 *               }
                 *             },
                 *             {
                 *               "property": "my_numeric_property",
                 *               "filter": {
                 *                 "type": "numeric",
                 *                 "operator": "greater-than-or-equal",
                 *                 "value": 999
                 *               }
                 *             }
                 *           ],
                 *           "value_property": "$value"
                 *         },
                 *         {
                 *           "metric_id": "BBBBBB",
                 *           "metric_filters": [
                 *             {
                 *               "property": "my_boolean_property",
                 *               "filter": {
                 *                 "type": "boolean",
                 *                 "operator": "equals",
                 *                 "value": false
                 *               }
                 *             },
                 *             {
                 *               "property": "my_list_property",
                 *               "filter": {
                 *                 "type": "list",
                 *                 "operator": "contains",
                 *                 "value": "some_value_in_a_list"
                 *               }
                 *             }
                 *           ],
                 *           "value_property": "my_numeric_property"
                 *         }
                 *       ]
                 *     }
                 */
                definition: components["schemas"]["CustomMetricDefinition"];
            };
        };
        CustomMetricDefinition: {
            /**
             * @description Method of aggregation for custom metric measurements. If a metric has a `value` aggregation method, it will be treated as a revenue metric, such as a Placed Order metric. If a metric has a `count` aggregation method, it will only be able to report on conversions like an Active on Site metric.
             * @enum {string}
             */
            aggregation_method: "count" | "value";
            metric_groups: components["schemas"]["CustomMetricGroup"][];
        };
        /** @enum {string} */
        CustomMetricEnum: "custom-metric";
        CustomMetricGroup: {
            /** @description The ID of the metric that composes the custom metric. */
            metric_id: string;
            /** @description An optional array of objects for filtering on properties of the metric. */
            metric_filters?: components["schemas"]["CustomMetricCondition"][] | null;
            /** @description If the custom metric has a `value` aggregation method, the `value_property` of each `metric_group` of the `definition` should specify the property to calculate the conversion value. If null, the default `$value` property will be used. */
            value_property?: string | null;
        };
        CustomMetricPartialUpdateQuery: {
            data: components["schemas"]["CustomMetricPartialUpdateQueryResourceObject"];
        };
        CustomMetricPartialUpdateQueryResourceObject: {
            type: components["schemas"]["CustomMetricEnum"];
            /**
             * @description The ID of the custom metric
             * @example 925e385b52fb405715f3616c337cc65c
             */
            id: string;
            attributes: {
                /**
                 * @description The name for this custom metric. Names must be unique across the account.         Attempting to create a metric with a duplicate name will return a 400 status code.
                 * @example My custom metric
                 */
                name?: string | null;
                /**
                 * @description The definition of a custom metric. It is composed of a list of         `metric_groups`. Each group specifies how to query a particular metric with         customized filters and the value property to calculate conversion value measurements         (if applicable). The groups are combined with `AND` relationships, i.e., conversion         and conversion value measurements for each group will be added together to get the final         result.
                 * @example {
                 *       "aggregation_method": "value",
                 *       "metric_groups": [
                 *         {
                 *           "metric_id": "AAAAAA",
                 *           "metric_filters": [
                 *             {
                 *               "property": "my_string_property",
                 *               "filter": {
                 *                 "type": "string",
                 *                 "operator": "starts-with",
                 *                 "value": "some_substring"
                 *               }
                 *             },
                 *             {
                 *               "property": "my_numeric_property",
                 *               "filter": {
                 *                 "type": "numeric",
                 *                 "operator": "greater-than-or-equal",
                 *                 "value": 999
                 *               }
                 *             }
                 *           ],
                 *           "value_property": "$value"
                 *         },
                 *         {
                 *           "metric_id": "BBBBBB",
                 *           "metric_filters": [
                 *             {
                 *               "property": "my_boolean_property",
                 *               "filter": {
                 *                 "type": "boolean",
                 *                 "operator": "equals",
                 *                 "value": false
                 *               }
                 *             },
                 *             {
                 *               "property": "my_list_property",
                 *               "filter": {
                 *                 "type": "list",
                 *                 "operator": "contains",
                 *                 "value": "some_value_in_a_list"
                 *               }
                 *             }
                 *           ],
                 *           "value_property": "my_numeric_property"
                 *         }
                 *       ]
                 *     }
                 */
                definition?: components["schemas"]["CustomMetricDefinition"];
            };
        };
        CustomMetricResponseObjectResource: {
            type: components["schemas"]["CustomMetricEnum"];
            /**
             * @description The ID of the custom metric
             * @example 925e385b52fb405715f3616c337cc65c
             */
            id: string;
            attributes: {
                /**
                 * @description The name for this custom metric. Names must be unique across the account.         Attempting to create a metric with a duplicate name will return a 400 status code.
                 * @example My custom metric
                 */
                name: string;
                /**
                 * Format: date-time
                 * @description The datetime when this custom metric was created.
                 * @example 2025-04-15T00:00:00Z
                 */
                created: string;
                /**
                 * Format: date-time
                 * @description The datetime when this custom metric was updated.
                 * @example 2025-04-15T00:00:00Z
                 */
                updated: string;
                /**
                 * @description The definition of a custom metric. It is composed of a list of         `metric_groups`. Each group specifies how to query a particular metric with         customized filters and the value property to calculate conversion value measurements         (if applicable). The groups are combined with `AND` relationships, i.e., conversion         and conversion value measurements for each group will be added together to get the final         result.
                 * @example {
                 *       "aggregation_method": "value",
                 *       "metric_groups": [
                 *         {
                 *           "metric_id": "AAAAAA",
                 *           "metric_filters": [
                 *             {
                 *               "property": "my_string_property",
                 *               "filter": {
                 *                 "type": "string",
                 *                 "operator": "starts-with",
                 *                 "value": "some_substring"
                 *               }
                 *             },
                 *             {
                 *               "property": "my_numeric_property",
                 *               "filter": {
                 *                 "type": "numeric",
                 *                 "operator": "greater-than-or-equal",
                 *                 "value": 999
                 *               }
                 *             }
                 *           ],
                 *           "value_property": "$value"
                 *         },
                 *         {
                 *           "metric_id": "BBBBBB",
                 *           "metric_filters": [
                 *             {
                 *               "property": "my_boolean_property",
                 *               "filter": {
                 *                 "type": "boolean",
                 *                 "operator": "equals",
                 *                 "value": false
                 *               }
                 *             },
                 *             {
                 *               "property": "my_list_property",
                 *               "filter": {
                 *                 "type": "list",
                 *                 "operator": "contains",
                 *                 "value": "some_value_in_a_list"
                 *               }
                 *             }
                 *           ],
                 *           "value_property": "my_numeric_property"
                 *         }
                 *       ]
                 *     }
                 */
                definition: components["schemas"]["CustomMetricDefinition"];
            };
            relationships?: {
                metrics?: {
                    data?: {
                        type: components["schemas"]["MetricEnum"];
                        /** @description Related metrics */
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
            };
            links: components["schemas"]["ObjectLinks"];
        };
        ExistenceOperatorExistenceFilter: {
            /** @enum {string} */
            type: "existence";
            /**
             * @description Operators for existence filters.
             * @enum {string}
             */
            operator: "is-set" | "not-set";
        };
        /** @enum {string} */
        FlowActionEnum: "flow-action";
        /** @enum {string} */
        FlowEnum: "flow";
        FlowResponseObjectResource: {
            type: components["schemas"]["FlowEnum"];
            id: string;
            attributes: {
                name?: string | null;
                status?: string | null;
                archived?: boolean | null;
                /**
                 * Format: date-time
                 * @example 2022-11-08T00:00:00+00:00
                 */
                created?: string | null;
                /**
                 * Format: date-time
                 * @example 2022-11-08T00:00:00+00:00
                 */
                updated?: string | null;
                /**
                 * @description Corresponds to the object which triggered the flow.
                 * @enum {string|null}
                 */
                trigger_type?: "Added to List" | "Date Based" | "Low Inventory" | "Metric" | "Price Drop" | "Unconfigured" | null;
            };
            relationships?: {
                "flow-actions"?: {
                    data?: {
                        type: components["schemas"]["FlowActionEnum"];
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
                tags?: {
                    data?: {
                        type: components["schemas"]["TagEnum"];
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
            };
            links: components["schemas"]["ObjectLinks"];
        };
        GetCustomMetricMetricsRelationshipsResponseCollection: {
            data: {
                type: components["schemas"]["MetricEnum"];
                /** @description The Metric ID */
                id: string;
            }[];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetCustomMetricResponse: {
            data: components["schemas"]["CustomMetricResponseObjectResource"] | null;
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetCustomMetricResponseCollectionCompoundDocument: {
            data: components["schemas"]["CustomMetricResponseObjectResource"][];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
            included?: components["schemas"]["MetricResponseObjectResource"][];
        };
        GetCustomMetricResponseCompoundDocument: {
            data: components["schemas"]["CustomMetricResponseObjectResource"];
            included?: components["schemas"]["MetricResponseObjectResource"][];
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetFlowResponseCollection: {
            data: components["schemas"]["FlowResponseObjectResource"][];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetMappedMetricCustomMetricRelationshipResponse: {
            data: {
                type: components["schemas"]["CustomMetricEnum"];
                /**
                 * @description The ID of the custom metric
                 * @example 925e385b52fb405715f3616c337cc65c
                 */
                id: string;
            } | null;
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetMappedMetricMetricRelationshipResponse: {
            data: {
                type: components["schemas"]["MetricEnum"];
                /** @description The Metric ID */
                id: string;
            } | null;
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetMappedMetricResponseCollectionCompoundDocument: {
            data: components["schemas"]["MappedMetricResponseObjectResource"][];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
            included?: (components["schemas"]["MetricResponseObjectResource"] | components["schemas"]["CustomMetricResponseObjectResource"])[];
        };
        GetMappedMetricResponseCompoundDocument: {
            data: components["schemas"]["MappedMetricResponseObjectResource"];
            included?: (components["schemas"]["MetricResponseObjectResource"] | components["schemas"]["CustomMetricResponseObjectResource"])[];
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetMetricFlowTriggersRelationshipsResponseCollection: {
            data: {
                type: components["schemas"]["FlowEnum"];
                id: string;
            }[];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetMetricPropertiesRelationshipsResponseCollection: {
            data: {
                type: components["schemas"]["MetricPropertyEnum"];
                /**
                 * @description The ID of the metric property
                 * @example 925e385b52fb405715f3616c337cc65c
                 */
                id: string;
            }[];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetMetricPropertyMetricRelationshipResponse: {
            data: {
                type: components["schemas"]["MetricEnum"];
                /** @description The Metric ID */
                id: string;
            } | null;
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetMetricPropertyResponseCollection: {
            data: ({
                type?: components["schemas"]["MetricPropertyEnum"];
                attributes?: {
                    sample_values?: (number | string | boolean)[] | null;
                };
            } & components["schemas"]["MetricPropertyResponseObjectResource"])[];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetMetricPropertyResponseCompoundDocument: {
            data: {
                type?: components["schemas"]["MetricPropertyEnum"];
                attributes?: {
                    sample_values?: (number | string | boolean)[] | null;
                };
            } & components["schemas"]["MetricPropertyResponseObjectResource"];
            included?: components["schemas"]["MetricResponseObjectResource"][];
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetMetricResponse: {
            data: components["schemas"]["MetricResponseObjectResource"] | null;
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetMetricResponseCollection: {
            data: components["schemas"]["MetricResponseObjectResource"][];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetMetricResponseCollectionCompoundDocument: {
            data: components["schemas"]["MetricResponseObjectResource"][];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
            included?: components["schemas"]["FlowResponseObjectResource"][];
        };
        GetMetricResponseCompoundDocument: {
            data: components["schemas"]["MetricResponseObjectResource"];
            included?: components["schemas"]["FlowResponseObjectResource"][];
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        ListContainsOperatorListContainsFilter: {
            /** @enum {string} */
            type: "list";
            /**
             * @description Operators for list contains filters.
             * @enum {string}
             */
            operator: "contains" | "not-contains";
            value: (number | string) | null;
        };
        ListRegexOperatorListContainsFilter: {
            /** @enum {string} */
            type: "list";
            /**
             * @description Operators for list regex filters.
             * @enum {string}
             */
            operator: "contains-ends-with" | "contains-starts-with" | "not-contains-ends-with" | "not-contains-starts-with";
            value: (number | string) | null;
        };
        ListSubstringFilter: {
            /** @enum {string} */
            type: "list";
            /**
             * @description Operators for list substring filters.
             * @enum {string}
             */
            operator: "contains-substring" | "not-contains-substring";
            value: string | null;
        };
        /** @enum {string} */
        MappedMetricEnum: "mapped-metric";
        MappedMetricPartialUpdateQuery: {
            data: components["schemas"]["MappedMetricPartialUpdateQueryResourceObject"];
        };
        MappedMetricPartialUpdateQueryResourceObject: {
            type: components["schemas"]["MappedMetricEnum"];
            /**
             * @description The type of mapping.
             * @example revenue
             * @enum {string}
             */
            id: "added_to_cart" | "cancelled_sales" | "ordered_product" | "refunded_sales" | "revenue" | "started_checkout" | "viewed_product";
            relationships?: {
                metric?: {
                    data?: {
                        type: components["schemas"]["MetricEnum"];
                        /** @description The ID of the metric for this mapping. A null value will unset the mapping. */
                        id: string;
                    };
                };
                "custom-metric"?: {
                    data?: {
                        type: components["schemas"]["CustomMetricEnum"];
                        /** @description The ID of the custom metric for this mapping. A null value will unset the mapping. */
                        id: string;
                    };
                };
            };
        };
        MappedMetricResponseObjectResource: {
            type: components["schemas"]["MappedMetricEnum"];
            /**
             * @description The type of mapping.
             * @example revenue
             * @enum {string}
             */
            id: "added_to_cart" | "cancelled_sales" | "ordered_product" | "refunded_sales" | "revenue" | "started_checkout" | "viewed_product";
            attributes: {
                /**
                 * Format: date-time
                 * @description The datetime when this mapping was last updated.
                 * @example 2025-04-15T00:00:00Z
                 */
                updated: string;
            };
            relationships?: {
                metric?: {
                    data?: {
                        type: components["schemas"]["MetricEnum"];
                        /** @description The ID of the metric for this mapping. */
                        id: string;
                    };
                    links?: components["schemas"]["RelationshipLinks"];
                };
                "custom-metric"?: {
                    data?: {
                        type: components["schemas"]["CustomMetricEnum"];
                        /** @description The ID of the custom metric for this mapping. */
                        id: string;
                    };
                    links?: components["schemas"]["RelationshipLinks"];
                };
            };
            links: components["schemas"]["ObjectLinks"];
        };
        /** @enum {string} */
        MetricAggregateEnum: "metric-aggregate";
        MetricAggregateQuery: {
            data: components["schemas"]["MetricAggregateQueryResourceObject"];
        };
        MetricAggregateQueryResourceObject: {
            type: components["schemas"]["MetricAggregateEnum"];
            attributes: {
                /**
                 * @description The metric ID used in the aggregation.
                 * @example 0rG4eQ
                 */
                metric_id: string;
                /** @description Optional pagination cursor to iterate over large result sets */
                page_cursor?: string;
                /**
                 * @description Measurement key, e.g. `unique`, `sum_value`, `count`
                 * @example [
                 *       "count"
                 *     ]
                 */
                measurements: ("count" | "sum_value" | "unique")[];
                /**
                 * @description Aggregation interval, e.g. "hour", "day", "week", "month"
                 * @default day
                 * @example day
                 * @enum {string|null}
                 */
                interval?: "day" | "hour" | "month" | "week" | null;
                /**
                 * @description Alter the maximum number of returned rows in a single page of aggregation results
                 * @default 500
                 * @example 500
                 */
                page_size?: number | null;
                /**
                 * @description Optional attribute(s) used for partitioning by the aggregation function
                 * @example [
                 *       "$message"
                 *     ]
                 */
                by?: ("$attributed_channel" | "$attributed_flow" | "$attributed_message" | "$attributed_variation" | "$campaign_channel" | "$flow" | "$flow_channel" | "$message" | "$message_send_cohort" | "$usage_amount" | "$value_currency" | "$variation" | "$variation_send_cohort" | "Bot Click" | "Bounce Type" | "Campaign Name" | "Client Canonical" | "Client Name" | "Client Type" | "Email Domain" | "Failure Source" | "Failure Type" | "From Number" | "From Phone Region" | "Inbox Provider" | "List" | "Message Format" | "Message Name" | "Message Type" | "Method" | "Segment Count" | "Subject" | "To Number" | "To Phone Region" | "URL" | "form_id")[] | null;
                /** @description Provide fields to limit the returned data */
                return_fields?: string[] | null;
                /**
                 * @description List of filters, must include time range using ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
                 *                 These filters follow a similar format to those in `GET` requests, the primary difference is that this endpoint asks for a list.
                 *                 The time range can be filtered by providing a `greater-or-equal` and a `less-than` filter on the `datetime` field.
                 * @example [
                 *       "greater-or-equal(datetime,2022-12-01T00:00:00)",
                 *       "less-than(datetime,2022-12-08T00:00:00)"
                 *     ]
                 */
                filter: string[];
                /**
                 * @description The timezone used for processing the query, e.g. `'America/New_York'`.
                 *                 This field is validated against a list of common timezones from the [IANA Time Zone Database](https://www.iana.org/time-zones).
                 *                 While most are supported, a few notable exceptions are `Factory`, `Europe/Kyiv` and `Pacific/Kanton`. This field is case-sensitive.
                 * @default UTC
                 * @example America/New_York
                 */
                timezone?: string | null;
                /**
                 * @description Provide a sort key (e.g. -$message)
                 * @enum {string}
                 */
                sort?: "$attributed_channel" | "-$attributed_channel" | "$attributed_flow" | "-$attributed_flow" | "$attributed_message" | "-$attributed_message" | "$attributed_variation" | "-$attributed_variation" | "$campaign_channel" | "-$campaign_channel" | "$flow" | "-$flow" | "$flow_channel" | "-$flow_channel" | "$message" | "-$message" | "$message_send_cohort" | "-$message_send_cohort" | "$usage_amount" | "-$usage_amount" | "$value_currency" | "-$value_currency" | "$variation" | "-$variation" | "$variation_send_cohort" | "-$variation_send_cohort" | "Bot Click" | "-Bot Click" | "Bounce Type" | "-Bounce Type" | "Campaign Name" | "-Campaign Name" | "Client Canonical" | "-Client Canonical" | "Client Name" | "-Client Name" | "Client Type" | "-Client Type" | "Email Domain" | "-Email Domain" | "Failure Source" | "-Failure Source" | "Failure Type" | "-Failure Type" | "From Number" | "-From Number" | "From Phone Region" | "-From Phone Region" | "Inbox Provider" | "-Inbox Provider" | "List" | "-List" | "Message Format" | "-Message Format" | "Message Name" | "-Message Name" | "Message Type" | "-Message Type" | "Method" | "-Method" | "Segment Count" | "-Segment Count" | "Subject" | "-Subject" | "To Number" | "-To Number" | "To Phone Region" | "-To Phone Region" | "URL" | "-URL" | "count" | "-count" | "form_id" | "-form_id" | "sum_value" | "-sum_value" | "unique" | "-unique";
            };
        };
        MetricAggregateRowDTO: {
            /** @description List of dimensions associated with this set of measurements */
            dimensions: string[];
            /** @description Dictionary of measurement_key, values */
            measurements: Record<string, unknown>;
        };
        /** @enum {string} */
        MetricEnum: "metric";
        /** @enum {string} */
        MetricPropertyEnum: "metric-property";
        MetricPropertyResponseObjectResource: {
            type: components["schemas"]["MetricPropertyEnum"];
            /**
             * @description The ID of the metric property
             * @example 925e385b52fb405715f3616c337cc65c
             */
            id: string;
            attributes: {
                /**
                 * @description The label for this metric property
                 * @example Categories
                 */
                label: string;
                /**
                 * @description The property for this metric property
                 * @example Categories
                 */
                property: string;
                /**
                 * @description Inferred type for this metric property
                 * @example List
                 */
                inferred_type: string;
            };
            relationships?: {
                metric?: {
                    data?: {
                        type: components["schemas"]["MetricEnum"];
                        /** @description Related Metric */
                        id: string;
                    };
                    links?: components["schemas"]["RelationshipLinks"];
                };
            };
            links: components["schemas"]["ObjectLinks"];
        };
        MetricResponseObjectResource: {
            type: components["schemas"]["MetricEnum"];
            /** @description The Metric ID */
            id: string;
            attributes: {
                /** @description The name of the metric */
                name?: string | null;
                /** @description Creation time in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm) */
                created?: string | null;
                /** @description Last updated time in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm) */
                updated?: string | null;
                /** @description The integration associated with the event */
                integration?: Record<string, unknown> | null;
            };
            relationships?: {
                "flow-triggers"?: {
                    data?: {
                        type: components["schemas"]["FlowEnum"];
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
            };
            links: components["schemas"]["ObjectLinks"];
        };
        NumericOperatorNumericFilter: {
            /** @enum {string} */
            type: "numeric";
            /**
             * @description Operators for numeric filters.
             * @enum {string}
             */
            operator: "equals" | "greater-than" | "greater-than-or-equal" | "less-than" | "less-than-or-equal" | "not-equals";
            value: number;
        };
        ObjectLinks: {
            /** Format: uri */
            self: string;
        };
        PatchCustomMetricResponse: {
            data: {
                type: components["schemas"]["CustomMetricEnum"];
                /**
                 * @description The ID of the custom metric
                 * @example 925e385b52fb405715f3616c337cc65c
                 */
                id: string;
                attributes: {
                    /**
                     * @description The name for this custom metric. Names must be unique across the account.         Attempting to create a metric with a duplicate name will return a 400 status code.
                     * @example My custom metric
                     */
                    name: string;
                    /**
                     * Format: date-time
                     * @description The datetime when this custom metric was created.
                     * @example 2025-04-15T00:00:00Z
                     */
                    created: string;
                    /**
                     * Format: date-time
                     * @description The datetime when this custom metric was updated.
                     * @example 2025-04-15T00:00:00Z
                     */
                    updated: string;
                    /**
                     * @description The definition of a custom metric. It is composed of a list of         `metric_groups`. Each group specifies how to query a particular metric with         customized filters and the value property to calculate conversion value measurements         (if applicable). The groups are combined with `AND` relationships, i.e., conversion         and conversion value measurements for each group will be added together to get the final         result.
                     * @example {
                     *       "aggregation_method": "value",
                     *       "metric_groups": [
                     *         {
                     *           "metric_id": "AAAAAA",
                     *           "metric_filters": [
                     *             {
                     *               "property": "my_string_property",
                     *               "filter": {
                     *                 "type": "string",
                     *                 "operator": "starts-with",
                     *                 "value": "some_substring"
                     *               }
                     *             },
                     *             {
                     *               "property": "my_numeric_property",
                     *               "filter": {
                     *                 "type": "numeric",
                     *                 "operator": "greater-than-or-equal",
                     *                 "value": 999
                     *               }
                     *             }
                     *           ],
                     *           "value_property": "$value"
                     *         },
                     *         {
                     *           "metric_id": "BBBBBB",
                     *           "metric_filters": [
                     *             {
                     *               "property": "my_boolean_property",
                     *               "filter": {
                     *                 "type": "boolean",
                     *                 "operator": "equals",
                     *                 "value": false
                     *               }
                     *             },
                     *             {
                     *               "property": "my_list_property",
                     *               "filter": {
                     *                 "type": "list",
                     *                 "operator": "contains",
                     *                 "value": "some_value_in_a_list"
                     *               }
                     *             }
                     *           ],
                     *           "value_property": "my_numeric_property"
                     *         }
                     *       ]
                     *     }
                     */
                    definition: components["schemas"]["CustomMetricDefinition"];
                };
                relationships?: {
                    metrics?: {
                        data?: {
                            type: components["schemas"]["MetricEnum"];
                            /** @description Related metrics */
                            id: string;
                        }[];
                        links?: components["schemas"]["RelationshipLinks"];
                    };
                };
                links: components["schemas"]["ObjectLinks"];
            };
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        PatchMappedMetricResponse: {
            data: {
                type: components["schemas"]["MappedMetricEnum"];
                /**
                 * @description The type of mapping.
                 * @example revenue
                 * @enum {string}
                 */
                id: "added_to_cart" | "cancelled_sales" | "ordered_product" | "refunded_sales" | "revenue" | "started_checkout" | "viewed_product";
                attributes: {
                    /**
                     * Format: date-time
                     * @description The datetime when this mapping was last updated.
                     * @example 2025-04-15T00:00:00Z
                     */
                    updated: string;
                };
                relationships?: {
                    metric?: {
                        data?: {
                            type: components["schemas"]["MetricEnum"];
                            /** @description The ID of the metric for this mapping. */
                            id: string;
                        };
                        links?: components["schemas"]["RelationshipLinks"];
                    };
                    "custom-metric"?: {
                        data?: {
                            type: components["schemas"]["CustomMetricEnum"];
                            /** @description The ID of the custom metric for this mapping. */
                            id: string;
                        };
                        links?: components["schemas"]["RelationshipLinks"];
                    };
                };
                links: components["schemas"]["ObjectLinks"];
            };
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        PostCustomMetricResponse: {
            data: {
                type: components["schemas"]["CustomMetricEnum"];
                /**
                 * @description The ID of the custom metric
                 * @example 925e385b52fb405715f3616c337cc65c
                 */
                id: string;
                attributes: {
                    /**
                     * @description The name for this custom metric. Names must be unique across the account.         Attempting to create a metric with a duplicate name will return a 400 status code.
                     * @example My custom metric
                     */
                    name: string;
                    /**
                     * Format: date-time
                     * @description The datetime when this custom metric was created.
                     * @example 2025-04-15T00:00:00Z
                     */
                    created: string;
                    /**
                     * Format: date-time
                     * @description The datetime when this custom metric was updated.
                     * @example 2025-04-15T00:00:00Z
                     */
                    updated: string;
                    /**
                     * @description The definition of a custom metric. It is composed of a list of         `metric_groups`. Each group specifies how to query a particular metric with         customized filters and the value property to calculate conversion value measurements         (if applicable). The groups are combined with `AND` relationships, i.e., conversion         and conversion value measurements for each group will be added together to get the final         result.
                     * @example {
                     *       "aggregation_method": "value",
                     *       "metric_groups": [
                     *         {
                     *           "metric_id": "AAAAAA",
                     *           "metric_filters": [
                     *             {
                     *               "property": "my_string_property",
                     *               "filter": {
                     *                 "type": "string",
                     *                 "operator": "starts-with",
                     *                 "value": "some_substring"
                     *               }
                     *             },
                     *             {
                     *               "property": "my_numeric_property",
                     *               "filter": {
                     *                 "type": "numeric",
                     *                 "operator": "greater-than-or-equal",
                     *                 "value": 999
                     *               }
                     *             }
                     *           ],
                     *           "value_property": "$value"
                     *         },
                     *         {
                     *           "metric_id": "BBBBBB",
                     *           "metric_filters": [
                     *             {
                     *               "property": "my_boolean_property",
                     *               "filter": {
                     *                 "type": "boolean",
                     *                 "operator": "equals",
                     *                 "value": false
                     *               }
                     *             },
                     *             {
                     *               "property": "my_list_property",
                     *               "filter": {
                     *                 "type": "list",
                     *                 "operator": "contains",
                     *                 "value": "some_value_in_a_list"
                     *               }
                     *             }
                     *           ],
                     *           "value_property": "my_numeric_property"
                     *         }
                     *       ]
                     *     }
                     */
                    definition: components["schemas"]["CustomMetricDefinition"];
                };
                relationships?: {
                    metrics?: {
                        data?: {
                            type: components["schemas"]["MetricEnum"];
                            /** @description Related metrics */
                            id: string;
                        }[];
                        links?: components["schemas"]["RelationshipLinks"];
                    };
                };
                links: components["schemas"]["ObjectLinks"];
            };
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        PostMetricAggregateResponse: {
            data: {
                type: components["schemas"]["MetricAggregateEnum"];
                /** @description Ephemeral ID associated with the aggregation query */
                id: string;
                attributes: {
                    /** @description The dates of the query range */
                    dates: string[];
                    /** @description Aggregation result data */
                    data: components["schemas"]["MetricAggregateRowDTO"][];
                };
                links: components["schemas"]["ObjectLinks"];
            };
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        RelationshipLinks: {
            /** Format: uri */
            self: string;
            /** Format: uri */
            related: string;
        };
        /** @description Response-level metadata */
        ResponseMeta: {
            agent_hints?: components["schemas"]["AgentHints"];
        };
        StringInArrayFilter: {
            /** @enum {string} */
            operator: "in";
            value: string[];
            /** @enum {string} */
            type: "string";
        };
        StringOperatorStringFilter: {
            /** @enum {string} */
            type: "string";
            /**
             * @description Operators for string filters.
             * @enum {string}
             */
            operator: "contains" | "ends-with" | "equals" | "not-contains" | "not-ends-with" | "not-equals" | "not-starts-with" | "nregex" | "regex" | "starts-with";
            value: string | null;
        };
        /** @enum {string} */
        TagEnum: "tag";
    };
    responses: {
        /** @description Client Error */
        ClientError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.api+json": {
                    errors: {
                        id: string;
                        code: string;
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                        };
                    }[];
                };
            };
        };
        /** @description Server Error */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.api+json": {
                    errors: {
                        id: string;
                        code: string;
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                        };
                    }[];
                };
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    get_metrics: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[flow]"?: ("archived" | "created" | "id" | "name" | "status" | "trigger_type" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[metric]"?: ("created" | "id" | "integration" | "name" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#filtering<br>Allowed field(s)/operator(s):<br>`integration.name`: `equals`<br>`integration.category`: `equals` */
                filter?: string;
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#relationships */
                include?: "flow-triggers"[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#pagination */
                "page[cursor]"?: string;
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetMetricResponseCollectionCompoundDocument"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_metric: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[flow]"?: ("archived" | "created" | "id" | "name" | "status" | "trigger_type" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[metric]"?: ("created" | "id" | "integration" | "name" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#relationships */
                include?: "flow-triggers"[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description Metric ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetMetricResponseCompoundDocument"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_metric_property: {
        parameters: {
            query?: {
                /** @description Request additional fields not included by default in the response. Supported values: 'sample_values' */
                "additional-fields[metric-property]"?: "sample_values"[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[metric-property]"?: ("id" | "inferred_type" | "label" | "property" | "sample_values")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[metric]"?: ("created" | "id" | "integration" | "name" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#relationships */
                include?: "metric"[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description The ID of the metric property */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetMetricPropertyResponseCompoundDocument"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_custom_metrics: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[custom-metric]"?: ("created" | "definition" | "definition.aggregation_method" | "definition.metric_groups" | "id" | "name" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[metric]"?: ("created" | "id" | "integration" | "name" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#relationships */
                include?: "metrics"[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetCustomMetricResponseCollectionCompoundDocument"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_custom_metric: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[custom-metric]"?: ("created" | "definition" | "definition.aggregation_method" | "definition.metric_groups" | "id" | "name" | "updated")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Create a custom metric. */
        requestBody: {
            content: {
                "application/vnd.api+json": components["schemas"]["CustomMetricCreateQuery"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["PostCustomMetricResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_custom_metric: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[custom-metric]"?: ("created" | "definition" | "definition.aggregation_method" | "definition.metric_groups" | "id" | "name" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[metric]"?: ("created" | "id" | "integration" | "name" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#relationships */
                include?: "metrics"[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description The ID of the custom metric */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetCustomMetricResponseCompoundDocument"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    delete_custom_metric: {
        parameters: {
            query?: never;
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description The ID of the custom metric */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    update_custom_metric: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[custom-metric]"?: ("created" | "definition" | "definition.aggregation_method" | "definition.metric_groups" | "id" | "name" | "updated")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description The ID of the custom metric */
                id: string;
            };
            cookie?: never;
        };
        /** @description Update a custom metric by ID. */
        requestBody: {
            content: {
                "application/vnd.api+json": components["schemas"]["CustomMetricPartialUpdateQuery"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["PatchCustomMetricResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_mapped_metrics: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[custom-metric]"?: ("created" | "definition" | "definition.aggregation_method" | "definition.metric_groups" | "id" | "name" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[mapped-metric]"?: ("id" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[metric]"?: ("created" | "id" | "integration" | "name" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#relationships */
                include?: ("custom-metric" | "metric")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetMappedMetricResponseCollectionCompoundDocument"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_mapped_metric: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[custom-metric]"?: ("created" | "definition" | "definition.aggregation_method" | "definition.metric_groups" | "id" | "name" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[mapped-metric]"?: ("id" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[metric]"?: ("created" | "id" | "integration" | "name" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#relationships */
                include?: ("custom-metric" | "metric")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description The type of mapping. */
                id: "added_to_cart" | "cancelled_sales" | "ordered_product" | "refunded_sales" | "revenue" | "started_checkout" | "viewed_product";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetMappedMetricResponseCompoundDocument"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    update_mapped_metric: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[mapped-metric]"?: ("id" | "updated")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description The type of mapping. */
                id: "added_to_cart" | "cancelled_sales" | "ordered_product" | "refunded_sales" | "revenue" | "started_checkout" | "viewed_product";
            };
            cookie?: never;
        };
        /** @description Update a mapped metric by ID */
        requestBody: {
            content: {
                "application/vnd.api+json": components["schemas"]["MappedMetricPartialUpdateQuery"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["PatchMappedMetricResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    query_metric_aggregates: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[metric-aggregate]"?: ("data" | "dates" | "id")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Retrieve Metric Aggregations */
        requestBody: {
            content: {
                "application/vnd.api+json": components["schemas"]["MetricAggregateQuery"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["PostMetricAggregateResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_flows_triggered_by_metric: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[flow]"?: ("archived" | "created" | "id" | "name" | "status" | "trigger_type" | "updated")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetFlowResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_ids_for_flows_triggered_by_metric: {
        parameters: {
            query?: never;
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetMetricFlowTriggersRelationshipsResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_properties_for_metric: {
        parameters: {
            query?: {
                /** @description Request additional fields not included by default in the response. Supported values: 'sample_values' */
                "additional-fields[metric-property]"?: "sample_values"[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[metric-property]"?: ("id" | "inferred_type" | "label" | "property" | "sample_values")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description The ID of the metric */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetMetricPropertyResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_property_ids_for_metric: {
        parameters: {
            query?: never;
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description The ID of the metric */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetMetricPropertiesRelationshipsResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_metric_for_metric_property: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[metric]"?: ("created" | "id" | "integration" | "name" | "updated")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description The ID of the metric property */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetMetricResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_metric_id_for_metric_property: {
        parameters: {
            query?: never;
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description The ID of the metric property */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetMetricPropertyMetricRelationshipResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_metrics_for_custom_metric: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[metric]"?: ("created" | "id" | "integration" | "name" | "updated")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description The ID of the custom metric */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetMetricResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_metric_ids_for_custom_metric: {
        parameters: {
            query?: never;
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description The ID of the custom metric */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetCustomMetricMetricsRelationshipsResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_metric_for_mapped_metric: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[metric]"?: ("created" | "id" | "integration" | "name" | "updated")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description The type of mapping. */
                id: "added_to_cart" | "cancelled_sales" | "ordered_product" | "refunded_sales" | "revenue" | "started_checkout" | "viewed_product";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetMetricResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_metric_id_for_mapped_metric: {
        parameters: {
            query?: never;
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description The type of mapping. */
                id: "added_to_cart" | "cancelled_sales" | "ordered_product" | "refunded_sales" | "revenue" | "started_checkout" | "viewed_product";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetMappedMetricMetricRelationshipResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_custom_metric_for_mapped_metric: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[custom-metric]"?: ("created" | "definition" | "definition.aggregation_method" | "definition.metric_groups" | "id" | "name" | "updated")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description The type of mapping. */
                id: "added_to_cart" | "cancelled_sales" | "ordered_product" | "refunded_sales" | "revenue" | "started_checkout" | "viewed_product";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetCustomMetricResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_custom_metric_id_for_mapped_metric: {
        parameters: {
            query?: never;
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description The type of mapping. */
                id: "added_to_cart" | "cancelled_sales" | "ordered_product" | "refunded_sales" | "revenue" | "started_checkout" | "viewed_product";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetMappedMetricCustomMetricRelationshipResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
