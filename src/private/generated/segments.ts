export interface paths {
    "/api/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Segments
         * @description Get all segments in an account.
         *
         *     Filter to request a subset of all segments. Segments can be filtered by `name`, `created`, and `updated` fields.
         *
         *     Returns a maximum of 10 results per page.<br><br>*Rate limits*:<br>Burst: `75/s`<br>Steady: `750/m`
         *
         *     **Scopes:**
         *     `segments:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_segments.json)
         */
        get: operations["get_segments"];
        put?: never;
        /**
         * Create Segment
         * @description Create a segment.<br><br>*Rate limits*:<br>Burst: `1/s`<br>Steady: `15/m`<br>Daily: `100/d`
         *
         *     **Scopes:**
         *     `segments:write`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/create_segment.json)
         */
        post: operations["create_segment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/segments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Segment
         * @description Get a segment with the given segment ID.<br><br>*Rate limits*:<br>Burst: `75/s`<br>Steady: `750/m`<br><br>Rate limits when using the `additional-fields[segment]=profile_count` parameter in your API request:<br>Burst: `1/s`<br>Steady: `15/m`<br><br>To learn more about how the `additional-fields` parameter impacts rate limits, check out our [Rate limits, status codes, and errors](https://developers.klaviyo.com/en/v2026-07-15/docs/rate_limits_and_error_handling) guide.
         *
         *     **Scopes:**
         *     `segments:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_segment.json)
         */
        get: operations["get_segment"];
        put?: never;
        post?: never;
        /**
         * Delete Segment
         * @description Delete a segment with the given segment ID.<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `segments:write`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/delete_segment.json)
         */
        delete: operations["delete_segment"];
        options?: never;
        head?: never;
        /**
         * Update Segment
         * @description Update a segment with the given segment ID.<br><br>*Rate limits*:<br>Burst: `1/s`<br>Steady: `15/m`<br>Daily: `100/d`
         *
         *     **Scopes:**
         *     `segments:write`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/update_segment.json)
         */
        patch: operations["update_segment"];
        trace?: never;
    };
    "/api/segments/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Tags for Segment
         * @description Return all tags associated with the given segment ID.<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `segments:read`
         *     `tags:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_tags_for_segment.json)
         */
        get: operations["get_tags_for_segment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/segments/{id}/relationships/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Tag IDs for Segment
         * @description If `related_resource` is `tags`, returns the tag IDs of all tags associated with the given segment ID.<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `segments:read`
         *     `tags:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_tag_ids_for_segment.json)
         */
        get: operations["get_tag_ids_for_segment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/segments/{id}/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Profiles for Segment
         * @description Get all profiles within a segment with the given segment ID.
         *
         *     Filter to request a subset of all profiles. Profiles can be filtered by `email`, `phone_number`, `push_token`, and `joined_group_at` fields. Profiles can be sorted by the following fields, in ascending and descending order: `joined_group_at`<br><br>*Rate limits*:<br>Burst: `75/s`<br>Steady: `750/m`
         *
         *     **Scopes:**
         *     `profiles:read`
         *     `segments:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_profiles_for_segment.json)
         */
        get: operations["get_profiles_for_segment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/segments/{id}/relationships/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Profile IDs for Segment
         * @description Get all profile membership [relationships](https://developers.klaviyo.com/en/reference/api_overview#relationships) for the given segment ID.<br><br>*Rate limits*:<br>Burst: `75/s`<br>Steady: `750/m`
         *
         *     **Scopes:**
         *     `profiles:read`
         *     `segments:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_profile_ids_for_segment.json)
         */
        get: operations["get_profile_ids_for_segment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/segments/{id}/flow-triggers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Flows Triggered by Segment
         * @description Get all flows where the given segment ID is being used as the trigger.<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `flows:read`
         *     `segments:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_flows_triggered_by_segment.json)
         */
        get: operations["get_flows_triggered_by_segment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/segments/{id}/relationships/flow-triggers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get IDs for Flows Triggered by Segment
         * @description Get the IDs of all flows where the given segment is being used as the trigger.<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `flows:read`
         *     `segments:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_ids_for_flows_triggered_by_segment.json)
         */
        get: operations["get_ids_for_flows_triggered_by_segment"];
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
        APIMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "api";
            /** @description Optional filter on a specific list of API keys (using last 4 digits of the key) */
            filter?: components["schemas"]["InStringArrayFilter"];
        };
        /** @description Optional hints emitted by the API for agent callers */
        AgentHints: {
            /** @description Suggested follow-up actions for agents to take after this response */
            next_steps?: string[];
        };
        AlltimeDateFilter: {
            /** @enum {string} */
            type: "date";
            /**
             * @description Operators for alltime date filters.
             * @enum {string}
             */
            operator: "alltime";
        };
        AnniversaryDateFilter: {
            /** @enum {string} */
            type: "date";
            /**
             * @description Operators for anniversary date filters.
             * @enum {string}
             */
            operator: "anniversary" | "anniversary-month";
        };
        BackInStockMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "back_in_stock";
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
        BounceDateFilter: {
            /** @enum {string} */
            field: "bounce_date";
            filter: components["schemas"]["StaticDateFilter"] | components["schemas"]["StaticDateRangeFilter"] | components["schemas"]["RelativeDateOperatorBaseRelativeDateFilter"] | components["schemas"]["RelativeAnniversaryDateFilter"] | components["schemas"]["RelativeDateRangeFilter"] | components["schemas"]["CalendarDateFilter"] | components["schemas"]["AnniversaryDateFilter"] | components["schemas"]["IsSetExistenceFilter"];
        };
        BulkRemoveMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "bulk_remove";
        };
        CalendarDateFilter: {
            /** @enum {string} */
            type: "date";
            /**
             * @description Operators for calendar date filters.
             * @enum {string}
             */
            operator: "calendar-month";
            value: number;
        };
        /** @enum {string} */
        CampaignEnum: "campaign";
        CarrierDeactivationMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "carrier_deactivation";
        };
        CheckoutMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "checkout";
        };
        CollectionLinks: {
            /** Format: uri */
            self: string;
            /** Format: uri */
            prev?: string;
            /** Format: uri */
            next?: string;
        };
        ConditionGroup: {
            conditions: (components["schemas"]["ProfileHasGroupMembershipCondition"] | components["schemas"]["ProfileNoGroupMembershipCondition"] | components["schemas"]["SegmentsProfileMetricCondition"] | components["schemas"]["ProfileMarketingConsentCondition"] | components["schemas"]["ProfilePostalCodeDistanceCondition"] | components["schemas"]["ProfilePropertyCondition"] | components["schemas"]["ProfileRegionCondition"] | components["schemas"]["ProfilePredictiveAnalyticsDateCondition"] | components["schemas"]["ProfilePredictiveAnalyticsNumericCondition"] | components["schemas"]["ProfilePredictiveAnalyticsStringCondition"] | components["schemas"]["ProfilePredictiveAnalyticsChannelAffinityPriorityCondition"] | components["schemas"]["ProfilePredictiveAnalyticsChannelAffinityRankCondition"] | components["schemas"]["ProfileHasCustomObjectCondition"] | components["schemas"]["ProfilePermissionsCondition"] | components["schemas"]["SegmentsProfileMetricFunnelCondition"])[];
        };
        ConstantContactIntegrationFilter: {
            /** @enum {string} */
            type: "string";
            /** @enum {string} */
            operator: "in";
            value: "constant_contact"[];
        };
        ConstantContactIntegrationMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "integration";
            filter: components["schemas"]["ConstantContactIntegrationFilter"];
        };
        CustomSourceFilter: {
            /** @enum {string} */
            field: "custom_source";
            filter: components["schemas"]["EqualsStringFilter"];
        };
        DataWarehouseImportMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "data_warehouse_import";
        };
        DoubleOptinFilter: {
            /** @enum {string} */
            field: "is_double_opt_in";
            filter: components["schemas"]["BooleanFilter"];
        };
        EffectiveDateFilter: {
            /** @enum {string} */
            field: "effective_date";
            filter: components["schemas"]["StaticDateFilter"] | components["schemas"]["StaticDateRangeFilter"] | components["schemas"]["RelativeDateOperatorBaseRelativeDateFilter"] | components["schemas"]["RelativeAnniversaryDateFilter"] | components["schemas"]["RelativeDateRangeFilter"] | components["schemas"]["CalendarDateFilter"] | components["schemas"]["AnniversaryDateFilter"];
        };
        EmailChannel: {
            /** @description The email marketing subscription. */
            marketing?: components["schemas"]["EmailMarketing"];
            /** @description The email open tracking consent. */
            open_tracking?: components["schemas"]["OpenTrackingConsent"];
        };
        EmailMarketing: {
            /** @description Whether or not this profile has implicit consent to receive email marketing. True if it does profile does not have any global suppressions. */
            can_receive_email_marketing: boolean;
            /**
             * @description The consent status for email marketing.
             * @example SUBSCRIBED
             */
            consent: string;
            /**
             * Format: date-time
             * @description The timestamp when consent was recorded or updated for email marketing, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            consent_timestamp?: string | null;
            /**
             * Format: date-time
             * @description The timestamp when a field on the email marketing object was last modified.
             * @example 2023-02-21T20:07:38+00:00
             */
            last_updated?: string | null;
            /**
             * @description The method by which the profile was subscribed to email marketing.
             * @example PREFERENCE_PAGE
             */
            method?: string | null;
            /**
             * @description Additional details about the method by which the profile was subscribed to email marketing. This may be empty if no details were provided.
             * @default
             * @example mydomain.com/signup
             */
            method_detail?: string | null;
            /**
             * @description Additional detail provided by the caller when the profile was subscribed. This may be empty if no details were provided.
             * @example marketing drive
             */
            custom_method_detail?: string | null;
            /**
             * @description Whether the profile was subscribed to email marketing using a double opt-in.
             * @example true
             */
            double_optin?: boolean | null;
            /** @description The global email marketing suppression for this profile. */
            suppression?: components["schemas"]["EmailMarketingSuppression"][] | null;
            /** @description The list suppressions for this profile. */
            list_suppressions?: components["schemas"]["EmailMarketingListSuppression"][] | null;
        };
        EmailMarketingListSuppression: {
            /**
             * @description The ID of list to which the suppression applies.
             * @example Y6nRLr
             */
            list_id: string;
            /**
             * @description The reason the profile was suppressed from the list.
             * @example USER_SUPPRESSED
             */
            reason: string;
            /**
             * Format: date-time
             * @description The timestamp when the profile was suppressed from the list, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            timestamp: string;
        };
        EmailMarketingSuppression: {
            /**
             * @description The reason the profile was suppressed.
             * @example HARD_BOUNCE
             * @enum {string}
             */
            reason: "HARD_BOUNCE" | "INVALID_EMAIL" | "SPAM_COMPLAINT" | "UNSUBSCRIBE" | "USER_SUPPRESSED";
            /**
             * Format: date-time
             * @description The timestamp when the profile was suppressed, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            timestamp: string;
        };
        EqualsStringFilter: {
            /** @enum {string} */
            type: "string";
            /** @enum {string} */
            operator: "equals";
            value: string | null;
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
        ExplicitlyReachable: {
            /** @enum {string} */
            reachable_status: "explicitly_reachable";
            filters: (components["schemas"]["EffectiveDateFilter"] | components["schemas"]["RecordedDateFilter"] | components["schemas"]["MethodFilter"] | components["schemas"]["FormSubscribeFilter"])[];
        };
        ExplicitlyUnreachable: {
            /** @enum {string} */
            reachable_status: "explicitly_unreachable";
            filters: (components["schemas"]["EffectiveDateFilter"] | components["schemas"]["RecordedDateFilter"] | components["schemas"]["MethodFilter"] | components["schemas"]["FormSubscribeFilter"])[];
        };
        FailedAgeGateMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "failed_age_gate";
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
        FormMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "form";
            /** @description Optional filter on a specific list of form ids */
            filter?: components["schemas"]["InStringArrayFilter"];
        };
        FormSubscribeFilter: {
            /** @enum {string} */
            field: "subscribe_method";
            /** @enum {string} */
            method: "form";
            /** @description Optional filter on a specific list of form IDs */
            filter?: components["schemas"]["InStringArrayFilter"];
        };
        GetFlowResponseCollection: {
            data: components["schemas"]["FlowResponseObjectResource"][];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetSegmentFlowTriggersRelationshipsResponseCollection: {
            data: {
                type: components["schemas"]["FlowEnum"];
                id: string;
            }[];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetSegmentListResponseCollectionCompoundDocument: {
            data: components["schemas"]["SegmentListResponseObjectResource"][];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
            included?: (components["schemas"]["TagResponseObjectResource"] | components["schemas"]["FlowResponseObjectResource"])[];
        };
        GetSegmentMemberResponseCollection: {
            data: ({
                type?: components["schemas"]["ProfileEnum"];
                attributes?: {
                    subscriptions?: components["schemas"]["Subscriptions"];
                    predictive_analytics?: components["schemas"]["PredictiveAnalytics"];
                };
            } & components["schemas"]["SegmentMemberResponseObjectResource"])[];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetSegmentProfilesRelationshipsResponseCollection: {
            data: {
                type: components["schemas"]["ProfileEnum"];
                /**
                 * @description Primary key that uniquely identifies this profile. Generated by Klaviyo.
                 * @example 01GDDKASAP8TKDDA2GRZDSVP4H
                 */
                id: string;
            }[];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetSegmentRetrieveResponseCompoundDocument: {
            data: {
                type?: components["schemas"]["SegmentEnum"];
                attributes?: {
                    profile_count?: number | null;
                };
            } & components["schemas"]["SegmentRetrieveResponseObjectResource"];
            included?: (components["schemas"]["TagResponseObjectResource"] | components["schemas"]["FlowResponseObjectResource"])[];
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetSegmentTagsRelationshipsResponseCollection: {
            data: {
                type: components["schemas"]["TagEnum"];
                /**
                 * @description The Tag ID
                 * @example abcd1234-ef56-gh78-ij90-abcdef123456
                 */
                id: string;
            }[];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetTagResponseCollection: {
            data: components["schemas"]["TagResponseObjectResource"][];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GreaterThanPositiveNumericFilter: {
            /** @enum {string} */
            type: "numeric";
            /** @enum {string} */
            operator: "greater-than";
            value: number;
        };
        HasEmailMarketing: {
            /** @enum {string} */
            subscription: "any";
            filters?: unknown;
        };
        HasEmailMarketingConsent: {
            /** @enum {string} */
            channel: "email";
            /** @enum {boolean} */
            can_receive_marketing: true;
            consent_status: components["schemas"]["HasEmailMarketing"] | components["schemas"]["HasEmailMarketingSubscribed"] | components["schemas"]["HasEmailMarketingNeverSubscribed"];
        };
        HasEmailMarketingNeverSubscribed: {
            /** @enum {string} */
            subscription: "never_subscribed";
            filters?: unknown;
        };
        HasEmailMarketingSubscribed: {
            /** @enum {string} */
            subscription: "subscribed";
            filters?: (components["schemas"]["DoubleOptinFilter"] | components["schemas"]["StatusDateFilter"] | components["schemas"]["CustomSourceFilter"] | components["schemas"]["FormMethodFilter"] | components["schemas"]["PreferencePageFilter"] | components["schemas"]["APIMethodFilter"] | components["schemas"]["InboundMessageMethodFilter"] | components["schemas"]["BackInStockMethodFilter"] | components["schemas"]["SftpMethodFilter"] | components["schemas"]["ManualImportManualMethodFilter"] | components["schemas"]["ManualAddManualMethodFilter"] | components["schemas"]["ShopifyIntegrationMethodFilter"])[] | null;
        };
        HasPushMarketing: {
            /** @enum {string} */
            subscription: "any";
            filters?: components["schemas"]["StatusDateFilter"][] | null;
        };
        HasPushMarketingConsent: {
            /** @enum {string} */
            channel: "push";
            /** @enum {boolean} */
            can_receive_marketing: true;
            consent_status: components["schemas"]["HasPushMarketing"];
        };
        HasSMSMarketingConsent: {
            /** @enum {string} */
            channel: "sms";
            /** @enum {boolean} */
            can_receive_marketing: true;
            consent_status: components["schemas"]["HasSMSMarketingSubscribed"];
        };
        HasSMSMarketingSubscribed: {
            /** @enum {string} */
            subscription: "subscribed";
            filters?: (components["schemas"]["StatusDateFilter"] | components["schemas"]["FormMethodFilter"] | components["schemas"]["ManualImportManualMethodFilter"] | components["schemas"]["ManualAddManualMethodFilter"] | components["schemas"]["CheckoutMethodFilter"] | components["schemas"]["InboundMessageMethodFilter"] | components["schemas"]["PreferencePageMethodFilter"] | components["schemas"]["SftpMethodFilter"] | components["schemas"]["ShopifyIntegrationMethodFilter"] | components["schemas"]["SubscribedSMSIsRcsCapableFilter"])[] | null;
        };
        ImplicitlyOrExplicitlyReachable: {
            /** @enum {string} */
            reachable_status: "implicitly_or_explicitly_reachable";
        };
        ImplicitlyOrExplicitlyUnreachable: {
            /** @enum {string} */
            reachable_status: "implicitly_or_explicitly_unreachable";
        };
        ImplicitlyReachable: {
            /** @enum {string} */
            reachable_status: "implicitly_reachable";
        };
        ImplicitlyUnreachable: {
            /** @enum {string} */
            reachable_status: "implicitly_unreachable";
        };
        InStringArrayFilter: {
            /** @enum {string} */
            type: "string";
            /** @enum {string} */
            operator: "in";
            value: string[];
        };
        InboundMessageMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "inbound_message";
        };
        IntegerFilter: {
            /** @enum {string} */
            type: "numeric";
            /**
             * @description Operators for numeric filters.
             * @enum {string}
             */
            operator: "equals" | "greater-than" | "greater-than-or-equal" | "less-than" | "less-than-or-equal" | "not-equals";
            value: number;
        };
        InvalidEmailDateFilter: {
            /** @enum {string} */
            field: "invalid_email_date";
            filter: components["schemas"]["StaticDateFilter"] | components["schemas"]["StaticDateRangeFilter"] | components["schemas"]["RelativeDateOperatorBaseRelativeDateFilter"] | components["schemas"]["RelativeAnniversaryDateFilter"] | components["schemas"]["RelativeDateRangeFilter"] | components["schemas"]["CalendarDateFilter"] | components["schemas"]["AnniversaryDateFilter"] | components["schemas"]["IsSetExistenceFilter"];
        };
        IsSetExistenceFilter: {
            /** @enum {string} */
            type: "existence";
            /** @enum {string} */
            operator: "is-set";
        };
        LessThanPositiveNumericFilter: {
            /** @enum {string} */
            type: "numeric";
            /** @enum {string} */
            operator: "less-than";
            value: number;
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
        /** @enum {string} */
        ListEnum: "list";
        ListLengthFilter: {
            /** @enum {string} */
            type: "list";
            /**
             * @description Operators for list length filters.
             * @enum {string}
             */
            operator: "length-equals" | "length-greater-than" | "length-greater-than-or-equal" | "length-less-than" | "length-less-than-or-equal";
            value: number;
        };
        ListSetFilter: {
            /** @enum {string} */
            type: "list";
            /**
             * @description Operators for list contains set filters.
             * @enum {string}
             */
            operator: "contains-all" | "contains-any" | "not-contains-all" | "not-contains-any";
            value: string[];
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
        MailboxProviderMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "mailbox_provider";
        };
        ManualAddManualMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "manual_add";
            /** @description Optional filter on a specific list of user email addresses who initiated the manual action */
            filter?: components["schemas"]["InStringArrayFilter"];
        };
        ManualImportManualMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "manual_import";
            /** @description Optional filter on a specific list of user email addresses who initiated the manual action */
            filter?: components["schemas"]["InStringArrayFilter"];
        };
        ManualImportMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "manual_import";
        };
        ManualRemoveMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "manual_remove";
        };
        ManualSuppressionDateFilter: {
            /** @enum {string} */
            field: "manual_suppression_date";
            filter: components["schemas"]["StaticDateFilter"] | components["schemas"]["StaticDateRangeFilter"] | components["schemas"]["RelativeDateOperatorBaseRelativeDateFilter"] | components["schemas"]["RelativeAnniversaryDateFilter"] | components["schemas"]["RelativeDateRangeFilter"] | components["schemas"]["CalendarDateFilter"] | components["schemas"]["AnniversaryDateFilter"] | components["schemas"]["IsSetExistenceFilter"];
        };
        MessageBlockedMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "message_blocked";
        };
        MethodFilter: {
            /** @enum {string} */
            field: "subscribe_method";
            /**
             * @description Method for subscribing / unsubscribing.
             * @enum {string}
             */
            method: "api" | "back_in_stock" | "bigcommerce" | "bulk_remove" | "campaign_monitor" | "carrier_deactivation" | "checkout" | "constant_contact" | "exact_target" | "facebook" | "failed_age_gate" | "inbound_message" | "integration" | "mad_mimi" | "magento_two" | "mailbox_provider" | "manual_add" | "manual_import" | "manual_remove" | "message_blocked" | "netsuite" | "preference_page" | "provided_landline" | "provided_no_age" | "sftp" | "shopify" | "social_instagram_message" | "spam_complaint" | "square" | "wix" | "woocommerce";
        };
        NoEmailMarketing: {
            /** @enum {string} */
            subscription: "any";
            filters?: (components["schemas"]["BounceDateFilter"] | components["schemas"]["ManualSuppressionDateFilter"] | components["schemas"]["InvalidEmailDateFilter"])[] | null;
        };
        NoEmailMarketingConsent: {
            /** @enum {string} */
            channel: "email";
            /** @enum {boolean} */
            can_receive_marketing: false;
            consent_status: components["schemas"]["NoEmailMarketing"] | components["schemas"]["NoEmailMarketingUnsubscribed"] | components["schemas"]["NoEmailMarketingNeverSubscribed"] | components["schemas"]["NoEmailMarketingSubscribed"];
        };
        NoEmailMarketingNeverSubscribed: {
            /** @enum {string} */
            subscription: "never_subscribed";
            filters: (components["schemas"]["BounceDateFilter"] | components["schemas"]["ManualSuppressionDateFilter"] | components["schemas"]["InvalidEmailDateFilter"])[];
        };
        NoEmailMarketingSubscribed: {
            /** @enum {string} */
            subscription: "subscribed";
            filters: (components["schemas"]["BounceDateFilter"] | components["schemas"]["ManualSuppressionDateFilter"] | components["schemas"]["InvalidEmailDateFilter"])[];
        };
        NoEmailMarketingUnsubscribed: {
            /** @enum {string} */
            subscription: "unsubscribed";
            filters?: ((components["schemas"]["StatusDateFilter"] | components["schemas"]["APIMethodFilter"] | components["schemas"]["InboundMessageMethodFilter"] | components["schemas"]["PreferencePageMethodFilter"] | components["schemas"]["ManualRemoveMethodFilter"] | components["schemas"]["SpamComplaintMethodFilter"] | components["schemas"]["MailboxProviderMethodFilter"] | components["schemas"]["OneClickUnsubscribeMethodFilter"] | components["schemas"]["ManualImportMethodFilter"] | components["schemas"]["SftpMethodFilter"] | components["schemas"]["DataWarehouseImportMethodFilter"] | components["schemas"]["ProfileModificationMethodFilter"] | components["schemas"]["ConstantContactIntegrationMethodFilter"])[] | (components["schemas"]["BounceDateFilter"] | components["schemas"]["ManualSuppressionDateFilter"] | components["schemas"]["InvalidEmailDateFilter"])[]) | null;
        };
        NoPushMarketing: {
            /** @enum {string} */
            subscription: "any";
        };
        NoPushMarketingConsent: {
            /** @enum {string} */
            channel: "push";
            /** @enum {boolean} */
            can_receive_marketing: false;
            consent_status: components["schemas"]["NoPushMarketing"];
        };
        NoSMSMarketing: {
            /** @enum {string} */
            subscription: "any";
        };
        NoSMSMarketingConsent: {
            /** @enum {string} */
            channel: "sms";
            /** @enum {boolean} */
            can_receive_marketing: false;
            consent_status: components["schemas"]["NoSMSMarketing"] | components["schemas"]["NoSMSMarketingUnsubscribed"] | components["schemas"]["NoSMSMarketingNeverSubscribed"];
        };
        NoSMSMarketingNeverSubscribed: {
            /** @enum {string} */
            subscription: "never_subscribed";
        };
        NoSMSMarketingUnsubscribed: {
            /** @enum {string} */
            subscription: "unsubscribed";
            filters?: (components["schemas"]["StatusDateFilter"] | components["schemas"]["FormMethodFilter"] | components["schemas"]["ManualImportManualMethodFilter"] | components["schemas"]["ManualAddManualMethodFilter"] | components["schemas"]["ManualRemoveMethodFilter"] | components["schemas"]["BulkRemoveMethodFilter"] | components["schemas"]["CheckoutMethodFilter"] | components["schemas"]["InboundMessageMethodFilter"] | components["schemas"]["PreferencePageMethodFilter"] | components["schemas"]["SftpMethodFilter"] | components["schemas"]["CarrierDeactivationMethodFilter"] | components["schemas"]["ProvidedLandlineMethodFilter"] | components["schemas"]["MessageBlockedMethodFilter"] | components["schemas"]["ProvidedNoAgeMethodFilter"] | components["schemas"]["FailedAgeGateMethodFilter"] | components["schemas"]["ShopifyIntegrationMethodFilter"])[] | null;
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
        NumericRangeFilter: {
            /** @enum {string} */
            type: "numeric";
            /**
             * @description Operators for numeric range filters.
             * @enum {string}
             */
            operator: "between";
            start: number;
            end: number;
        };
        ObjectLinks: {
            /** Format: uri */
            self: string;
        };
        OneClickUnsubscribeMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "one_click_unsubscribe";
        };
        OpenTrackingConsent: {
            /**
             * @description The consent status for the channel.
             * @example SUBSCRIBED
             */
            consent: string;
            /**
             * Format: date-time
             * @description The timestamp when consent was recorded or updated for the channel, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            consent_timestamp?: string | null;
            /**
             * Format: date-time
             * @description The timestamp when the channel was last modified, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            last_updated?: string | null;
            /**
             * Format: date-time
             * @description The timestamp when the channel was created, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            created_timestamp?: string | null;
            /** @description Channel-specific metadata containing additional information about the permission. */
            metadata?: Record<string, unknown> | null;
            /** @description Whether the profile can receive messages on this channel. */
            can_receive: boolean;
            /**
             * Format: date-time
             * @description Optional expiration date for the permission, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2024-02-21T20:07:38+00:00
             */
            valid_until?: string | null;
        };
        PatchSegmentPartialUpdateResponse: {
            data: {
                type: components["schemas"]["SegmentEnum"];
                id: string;
                attributes: {
                    /**
                     * @description A helpful name to label the segment
                     * @example Repeat Purchasers
                     */
                    name?: string | null;
                    definition?: components["schemas"]["SegmentDefinition"];
                    /**
                     * Format: date-time
                     * @description Date and time when the segment was created, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                     * @example 2022-11-08T00:00:00+00:00
                     */
                    created?: string | null;
                    /**
                     * Format: date-time
                     * @description Date and time when the segment was last updated, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                     * @example 2022-11-08T00:00:00+00:00
                     */
                    updated?: string | null;
                    /** @description Whether the segment is active. Inactive segments are not processed and their membership does not update. */
                    is_active: boolean;
                    is_processing: boolean;
                    is_starred: boolean;
                };
                relationships?: {
                    profiles?: {
                        data?: {
                            type: components["schemas"]["ProfileEnum"];
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
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        PostSegmentCreateResponse: {
            data: {
                type: components["schemas"]["SegmentEnum"];
                id: string;
                attributes: {
                    /**
                     * @description A helpful name to label the segment
                     * @example Repeat Purchasers
                     */
                    name?: string | null;
                    definition?: components["schemas"]["SegmentDefinition"];
                    /**
                     * Format: date-time
                     * @description Date and time when the segment was created, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                     * @example 2022-11-08T00:00:00+00:00
                     */
                    created?: string | null;
                    /**
                     * Format: date-time
                     * @description Date and time when the segment was last updated, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                     * @example 2022-11-08T00:00:00+00:00
                     */
                    updated?: string | null;
                    /** @description Whether the segment is active. Inactive segments are not processed and their membership does not update. */
                    is_active: boolean;
                    is_processing: boolean;
                    is_starred: boolean;
                };
                relationships?: {
                    profiles?: {
                        data?: {
                            type: components["schemas"]["ProfileEnum"];
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
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        PredictiveAnalytics: {
            /**
             * @description Total value of all historically placed orders
             * @example 93.87
             */
            historic_clv?: number | null;
            /**
             * @description Predicted value of all placed orders in the next 365 days
             * @example 27.24
             */
            predicted_clv?: number | null;
            /**
             * @description Sum of historic and predicted CLV
             * @example 121.11
             */
            total_clv?: number | null;
            /**
             * @description Number of already placed orders
             * @example 2
             */
            historic_number_of_orders?: number | null;
            /**
             * @description Predicted number of placed orders in the next 365 days
             * @example 0.54
             */
            predicted_number_of_orders?: number | null;
            /**
             * @description Average number of days between orders (None if only one order has been placed)
             * @example 189
             */
            average_days_between_orders?: number | null;
            /**
             * @description Average value of placed orders
             * @example 46.94
             */
            average_order_value?: number | null;
            /**
             * @description Probability the customer has churned
             * @example 0.89
             */
            churn_probability?: number | null;
            /**
             * Format: date-time
             * @description Expected date of next order, as calculated at the time of their most recent order
             * @example 2022-11-08T00:00:00+00:00
             */
            expected_date_of_next_order?: string | null;
            /**
             * @description List of channels ranked by their predicted effectiveness for this profile, with the best channel being listed first at index 0
             * @example [
             *       "sms",
             *       "email",
             *       "push"
             *     ]
             */
            ranked_channel_affinity?: ("email" | "push" | "sms" | "whatsapp")[] | null;
        };
        PreferencePageFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "preference_page";
            /** @description Optional filter on a specific subscribe page url */
            filter?: components["schemas"]["EqualsStringFilter"];
        };
        PreferencePageMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "preference_page";
        };
        /** @enum {string} */
        ProfileEnum: "profile";
        ProfileHasCustomObjectCondition: {
            /** @enum {string} */
            type: "profile-has-custom-object";
            object_type_id: string;
            object_type_relationship_id: string;
            filter: components["schemas"]["IntegerFilter"];
            filters: components["schemas"]["ProfileHasCustomObjectFilter"][];
        };
        ProfileHasCustomObjectFilter: {
            property_id: number;
            filter: components["schemas"]["StringOperatorStringFilter"] | components["schemas"]["StringArrayOperatorStringArrayFilter"] | components["schemas"]["NumericOperatorNumericFilter"] | components["schemas"]["NumericRangeFilter"] | components["schemas"]["BooleanFilter"] | components["schemas"]["StaticDateFilter"] | components["schemas"]["StaticDateRangeFilter"] | components["schemas"]["RelativeDateOperatorBaseRelativeDateFilter"] | components["schemas"]["RelativeAnniversaryDateFilter"] | components["schemas"]["RelativeDateRangeFilter"] | components["schemas"]["ListContainsOperatorListContainsFilter"] | components["schemas"]["ListLengthFilter"] | components["schemas"]["ExistenceOperatorExistenceFilter"];
        };
        ProfileHasGroupMembershipCondition: {
            /** @enum {string} */
            type: "profile-group-membership";
            /** @enum {boolean} */
            is_member: true;
            group_ids: string[];
            timeframe_filter?: (components["schemas"]["StaticDateFilter"] | components["schemas"]["StaticDateRangeFilter"] | components["schemas"]["RelativeDateOperatorBaseRelativeDateFilter"] | components["schemas"]["RelativeDateRangeFilter"]) | null;
        };
        ProfileLocation: {
            /**
             * @description First line of street address
             * @example 89 E 42nd St
             */
            address1?: string | null;
            /**
             * @description Second line of street address
             * @example 1st floor
             */
            address2?: string | null;
            /**
             * @description City name
             * @example New York
             */
            city?: string | null;
            /**
             * @description Country name
             * @example United States
             */
            country?: string | null;
            /**
             * @description Latitude coordinate. We recommend providing a precision of four decimal places.
             * @example 40.7128
             */
            latitude?: (string | number) | null;
            /**
             * @description Longitude coordinate. We recommend providing a precision of four decimal places.
             * @example 74.0060
             */
            longitude?: (string | number) | null;
            /**
             * @description Region within a country, such as state or province
             * @example NY
             */
            region?: string | null;
            /**
             * @description Zip code
             * @example 10017
             */
            zip?: string | null;
            /**
             * @description Time zone name. We recommend using time zones from the IANA Time Zone Database.
             * @example America/New_York
             */
            timezone?: string | null;
            /**
             * @description IP Address
             * @example 127.0.0.1
             */
            ip?: string | null;
        };
        ProfileMarketingConsentCondition: {
            /** @enum {string} */
            type: "profile-marketing-consent";
            consent: components["schemas"]["HasEmailMarketingConsent"] | components["schemas"]["NoEmailMarketingConsent"] | components["schemas"]["HasSMSMarketingConsent"] | components["schemas"]["NoSMSMarketingConsent"] | components["schemas"]["HasPushMarketingConsent"] | components["schemas"]["NoPushMarketingConsent"];
        };
        ProfileMetricFunnelSteps: {
            metric_exists: boolean;
            metric_id: string;
            metric_filters?: components["schemas"]["ProfileMetricPropertyFilter"][] | null;
        };
        ProfileMetricPropertyFilter: {
            property: string;
            filter?: (components["schemas"]["StringOperatorStringFilter"] | components["schemas"]["StringArrayOperatorStringArrayFilter"] | components["schemas"]["ExistenceOperatorExistenceFilter"] | components["schemas"]["ListSetFilter"] | components["schemas"]["ListLengthFilter"] | components["schemas"]["ListSubstringFilter"] | components["schemas"]["BooleanFilter"] | components["schemas"]["NumericOperatorNumericFilter"]) | null;
        };
        ProfileModificationMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "profile_modification";
        };
        ProfileNoGroupMembershipCondition: {
            /** @enum {string} */
            type: "profile-group-membership";
            /** @enum {boolean} */
            is_member: false;
            group_ids: string[];
        };
        ProfilePermissionsCondition: {
            /** @enum {string} */
            type: "profile-permissions";
            permission: components["schemas"]["ExplicitlyReachable"] | components["schemas"]["ImplicitlyReachable"] | components["schemas"]["ImplicitlyOrExplicitlyReachable"] | components["schemas"]["ExplicitlyUnreachable"] | components["schemas"]["ImplicitlyUnreachable"] | components["schemas"]["ImplicitlyOrExplicitlyUnreachable"];
            /**
             * @description Possible channels for profile permissions criterion.
             * @enum {string}
             */
            channel: "whatsapp_marketing" | "whatsapp_transactional";
        };
        ProfilePostalCodeDistanceCondition: {
            /** @enum {string} */
            type: "profile-postal-code-distance";
            country_code: string;
            postal_code: string;
            /**
             * @description Units for profile postal code distance conditions.
             * @enum {string}
             */
            unit: "kilometers" | "miles";
            filter: components["schemas"]["GreaterThanPositiveNumericFilter"] | components["schemas"]["LessThanPositiveNumericFilter"];
        };
        ProfilePredictiveAnalyticsChannelAffinityPriorityCondition: {
            /** @enum {string} */
            type: "profile-predictive-analytics";
            /**
             * @description Possible dimension for channel affinity criterion.
             * @enum {string}
             */
            dimension: "channel_affinity";
            /** @enum {string} */
            measurement: "priority";
            /**
             * @description Possible channels in a channel affinity definition.
             * @enum {string}
             */
            predicted_channel: "email" | "push" | "sms" | "whatsapp";
            filter: components["schemas"]["ProfilePredictiveAnalyticsChannelAffinityPriorityFilter"];
        };
        ProfilePredictiveAnalyticsChannelAffinityPriorityFilter: {
            /** @enum {string} */
            type: "numeric";
            /** @enum {string} */
            operator: "equals";
            value: number;
        };
        ProfilePredictiveAnalyticsChannelAffinityRankCondition: {
            /** @enum {string} */
            type: "profile-predictive-analytics";
            /**
             * @description Possible dimension for channel affinity criterion.
             * @enum {string}
             */
            dimension: "channel_affinity";
            /** @enum {string} */
            measurement: "rank";
            /**
             * @description Possible channels in a channel affinity definition.
             * @enum {string}
             */
            predicted_channel: "email" | "push" | "sms" | "whatsapp";
            filter: components["schemas"]["ProfilePredictiveAnalyticsChannelAffinityRankFilter"];
        };
        ProfilePredictiveAnalyticsChannelAffinityRankFilter: {
            /** @enum {string} */
            type: "string";
            operator: "equals" | "not-equals";
            /**
             * @description Possible rank values in a channel affinity definition.
             * @enum {string}
             */
            value: "high" | "low" | "medium";
        };
        ProfilePredictiveAnalyticsDateCondition: {
            /**
             * @description Dimension for date profile predictive analytics conditions.
             * @enum {string}
             */
            dimension: "expected_date_of_next_purchase";
            filter: components["schemas"]["StaticDateFilter"] | components["schemas"]["StaticDateRangeFilter"] | components["schemas"]["RelativeDateOperatorBaseRelativeDateFilter"] | components["schemas"]["RelativeAnniversaryDateFilter"] | components["schemas"]["RelativeDateRangeFilter"] | components["schemas"]["CalendarDateFilter"] | components["schemas"]["AnniversaryDateFilter"];
            /** @enum {string} */
            type: "profile-predictive-analytics";
        };
        ProfilePredictiveAnalyticsNumericCondition: {
            /** @enum {string} */
            type: "profile-predictive-analytics";
            /**
             * @description Dimensions for numeric profile predictive analytics conditions.
             * @enum {string}
             */
            dimension: "average_days_between_orders" | "average_order_value" | "churn_probability" | "historic_clv" | "historic_number_of_orders" | "predicted_clv" | "predicted_number_of_orders" | "total_clv";
            filter: components["schemas"]["NumericOperatorNumericFilter"];
        };
        ProfilePredictiveAnalyticsStringCondition: {
            /** @enum {string} */
            type: "profile-predictive-analytics";
            /**
             * @description Dimension for string profile predictive analytics conditions.
             * @enum {string}
             */
            dimension: "predicted_gender";
            filter: components["schemas"]["ProfilePredictiveAnalyticsStringFilter"];
        };
        ProfilePredictiveAnalyticsStringFilter: {
            /** @enum {string} */
            type: "string";
            operator: "equals" | "not-equals";
            /**
             * @description Values for profile predictive analytics gender conditions.
             * @enum {string}
             */
            value: "likely_female" | "likely_male" | "uncertain";
        };
        ProfilePropertyCondition: {
            /** @enum {string} */
            type: "profile-property";
            /**
             * @description The profile property to check. Use one of the well-known property names (e.g. `email`, `first_name`) or, for custom profile properties, the form `properties['property name']`.
             * @example properties['Favorite Color']
             */
            property: string;
            filter: components["schemas"]["StringOperatorStringFilter"] | components["schemas"]["StringArrayOperatorStringArrayFilter"] | components["schemas"]["StringPhoneOperatorStringArrayFilter"] | components["schemas"]["NumericOperatorNumericFilter"] | components["schemas"]["BooleanFilter"] | components["schemas"]["StaticDateFilter"] | components["schemas"]["StaticDateRangeFilter"] | components["schemas"]["RelativeDateOperatorBaseRelativeDateFilter"] | components["schemas"]["RelativeAnniversaryDateFilter"] | components["schemas"]["RelativeDateRangeFilter"] | components["schemas"]["CalendarDateFilter"] | components["schemas"]["AnniversaryDateFilter"] | components["schemas"]["ListContainsOperatorListContainsFilter"] | components["schemas"]["ListLengthFilter"] | components["schemas"]["ExistenceOperatorExistenceFilter"];
        };
        ProfileRegionCondition: {
            /** @enum {string} */
            type: "profile-region";
            in_region: boolean;
            /**
             * @description Regions for profile region conditions.
             * @enum {string}
             */
            region: "european_union" | "united_states";
        };
        ProvidedLandlineMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "provided_landline";
        };
        ProvidedNoAgeMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "provided_no_age";
        };
        PushChannel: {
            /** @description The mobile push marketing subscription. */
            marketing?: components["schemas"]["PushMarketing"];
        };
        PushMarketing: {
            /** @description Whether or not this profile is subscribed to receive mobile push. */
            can_receive_push_marketing: boolean;
            /**
             * @description The consent status for mobile push marketing.
             * @example SUBSCRIBED
             */
            consent: string;
            /**
             * Format: date-time
             * @description The timestamp when the consent was last changed, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            consent_timestamp?: string | null;
        };
        /** @enum {string} */
        PushTokenEnum: "push-token";
        RecordedDateFilter: {
            /** @enum {string} */
            field: "recorded_date";
            filter: components["schemas"]["StaticDateFilter"] | components["schemas"]["StaticDateRangeFilter"] | components["schemas"]["RelativeDateOperatorBaseRelativeDateFilter"] | components["schemas"]["RelativeAnniversaryDateFilter"] | components["schemas"]["RelativeDateRangeFilter"] | components["schemas"]["CalendarDateFilter"] | components["schemas"]["AnniversaryDateFilter"];
        };
        RelationshipLinks: {
            /** Format: uri */
            self: string;
            /** Format: uri */
            related: string;
        };
        RelativeAnniversaryDateFilter: {
            /** @enum {string} */
            type: "date";
            /**
             * @description Operators for relative date filters.
             *
             *     e.g. "anniversary in the last 10 days"
             * @enum {string}
             */
            operator: "anniversary-last" | "anniversary-next";
            /**
             * @description Units for relative date filters.
             * @enum {string}
             */
            unit: "day" | "hour" | "week";
            quantity: number;
        };
        RelativeDateOperatorBaseRelativeDateFilter: {
            /** @enum {string} */
            type: "date";
            /**
             * @description Operators for relative date filters.
             *
             *     e.g. "in the last 10 days"
             * @enum {string}
             */
            operator: "at-least" | "in-the-last" | "in-the-next";
            /**
             * @description Units for relative date filters.
             * @enum {string}
             */
            unit: "day" | "hour" | "week";
            quantity: number;
        };
        RelativeDateRangeFilter: {
            /** @enum {string} */
            type: "date";
            /**
             * @description Operators for relative date range filters.
             *
             *     e.g. "between 10 and 20 days ago"
             * @enum {string}
             */
            operator: "between";
            start: number;
            end: number;
            /**
             * @description Units for relative date filters.
             * @enum {string}
             */
            unit: "day" | "hour" | "week";
        };
        /** @description Response-level metadata */
        ResponseMeta: {
            agent_hints?: components["schemas"]["AgentHints"];
        };
        SMSChannel: {
            /** @description The SMS marketing subscription. */
            marketing?: components["schemas"]["SMSMarketing"];
            /** @description The SMS transactional subscription. */
            transactional?: components["schemas"]["SMSTransactional"];
        };
        SMSMarketing: {
            /** @description Whether or not this profile is subscribed to receive SMS marketing. */
            can_receive_sms_marketing: boolean;
            /**
             * @description The consent status for SMS marketing.
             * @example SUBSCRIBED
             */
            consent: string;
            /**
             * Format: date-time
             * @description The timestamp when consent was recorded or updated for SMS marketing, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            consent_timestamp?: string | null;
            /**
             * @description The method by which the profile was subscribed to SMS marketing.
             * @example TEXT
             */
            method?: string | null;
            /**
             * @description Additional details about the method which the profile was subscribed to SMS marketing. This may be empty if no details were provided.
             * @default
             * @example JOIN
             */
            method_detail?: string | null;
            /**
             * Format: date-time
             * @description The timestamp when the SMS consent record was last modified, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            last_updated?: string | null;
        };
        SMSTransactional: {
            /** @description Whether or not this profile is subscribed to receive transactional SMS. */
            can_receive_sms_transactional: boolean;
            /**
             * @description The consent status for SMS Transactional.
             * @example SUBSCRIBED
             */
            consent: string;
            /**
             * Format: date-time
             * @description The timestamp when consent was recorded or updated for Transactional SMS messaging , in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            consent_timestamp?: string | null;
            /**
             * @description The method by which the profile was subscribed to Transactional SMS messaging .
             * @example TEXT
             */
            method?: string | null;
            /**
             * @description Additional details about the method which the profile was subscribed to Transactional SMS messaging. This may be empty if no details were provided.
             * @default
             * @example JOIN
             */
            method_detail?: string | null;
            /**
             * Format: date-time
             * @description The timestamp when the SMS consent record was last modified, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            last_updated?: string | null;
        };
        SegmentCreateQuery: {
            data: components["schemas"]["SegmentCreateQueryResourceObject"];
        };
        SegmentCreateQueryResourceObject: {
            type: components["schemas"]["SegmentEnum"];
            attributes: {
                name: string;
                definition: components["schemas"]["SegmentDefinition"];
                /** @default false */
                is_starred?: boolean | null;
            };
        };
        SegmentDefinition: {
            condition_groups: components["schemas"]["ConditionGroup"][];
        };
        /** @enum {string} */
        SegmentEnum: "segment";
        SegmentListResponseObjectResource: {
            type: components["schemas"]["SegmentEnum"];
            id: string;
            attributes: {
                /**
                 * @description A helpful name to label the segment
                 * @example Repeat Purchasers
                 */
                name?: string | null;
                definition?: components["schemas"]["SegmentDefinition"];
                /**
                 * Format: date-time
                 * @description Date and time when the segment was created, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                 * @example 2022-11-08T00:00:00+00:00
                 */
                created?: string | null;
                /**
                 * Format: date-time
                 * @description Date and time when the segment was last updated, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                 * @example 2022-11-08T00:00:00+00:00
                 */
                updated?: string | null;
                /** @description Whether the segment is active. Inactive segments are not processed and their membership does not update. */
                is_active: boolean;
                is_processing: boolean;
                is_starred: boolean;
            };
            relationships?: {
                profiles?: {
                    data?: {
                        type: components["schemas"]["ProfileEnum"];
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
        SegmentMemberResponseObjectResource: {
            type: components["schemas"]["ProfileEnum"];
            /**
             * @description Primary key that uniquely identifies this profile. Generated by Klaviyo.
             * @example 01GDDKASAP8TKDDA2GRZDSVP4H
             */
            id?: string | null;
            attributes: {
                /**
                 * @description Individual's email address
                 * @example sarah.mason@klaviyo-demo.com
                 */
                email?: string | null;
                /**
                 * @description Individual's phone number in E.164 format
                 * @example +15005550006
                 */
                phone_number?: string | null;
                /** @description A unique identifier used by customers to associate Klaviyo profiles with profiles in an external system, such as a point-of-sale system. Format varies based on the external system. */
                external_id?: string | null;
                /**
                 * @description Individual's first name
                 * @example Sarah
                 */
                first_name?: string | null;
                /**
                 * @description Individual's last name
                 * @example Mason
                 */
                last_name?: string | null;
                /**
                 * @description Name of the company or organization within the company for whom the individual works
                 * @example Example Corporation
                 */
                organization?: string | null;
                /**
                 * @description The locale of the profile, in the IETF BCP 47 language tag format like (ISO 639-1/2)-(ISO 3166 alpha-2)
                 * @example en-US
                 */
                locale?: string | null;
                /**
                 * @description Individual's job title
                 * @example Regional Manager
                 */
                title?: string | null;
                /**
                 * @description URL pointing to the location of a profile image
                 * @example https://images.pexels.com/photos/3760854/pexels-photo-3760854.jpeg
                 */
                image?: string | null;
                /**
                 * Format: date-time
                 * @description Date and time when the profile was created, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                 * @example 2022-11-08T00:00:00+00:00
                 */
                created?: string | null;
                /**
                 * Format: date-time
                 * @description Date and time when the profile was last updated, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                 * @example 2022-11-08T00:00:00+00:00
                 */
                updated?: string | null;
                /**
                 * Format: date-time
                 * @description Date and time of the most recent event the triggered an update to the profile, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                 * @example 2022-11-08T00:00:00+00:00
                 */
                last_event_date?: string | null;
                location?: components["schemas"]["ProfileLocation"];
                /**
                 * @description An object containing key/value pairs for any custom properties assigned to this profile
                 * @example {
                 *       "pseudonym": "Dr. Octopus"
                 *     }
                 */
                properties?: Record<string, unknown> | null;
                /**
                 * Format: date-time
                 * @description The datetime when this profile most recently joined the segment.
                 * @example 2022-11-08T00:00:00+00:00
                 */
                joined_group_at: string;
            };
            relationships?: {
                lists?: {
                    data?: {
                        type: components["schemas"]["ListEnum"];
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
                segments?: {
                    data?: {
                        type: components["schemas"]["SegmentEnum"];
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
                "push-tokens"?: {
                    data?: {
                        type: components["schemas"]["PushTokenEnum"];
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
            };
            links: components["schemas"]["ObjectLinks"];
        };
        SegmentPartialUpdateQuery: {
            data: components["schemas"]["SegmentPartialUpdateQueryResourceObject"];
        };
        SegmentPartialUpdateQueryResourceObject: {
            type: components["schemas"]["SegmentEnum"];
            id: string;
            attributes: {
                definition?: components["schemas"]["SegmentDefinition"];
                name?: string | null;
                is_starred?: boolean | null;
                /** @description Set to false to deactivate the segment. When deactivating, this must be the only attribute in the request body. Deactivation cannot be combined with other updates. Marking a segment inactive will impact campaigns, flows, ad syncs, forms, helpdesk routing, and other features that reference this segment. Set to true to reactivate a deactivated segment. */
                is_active?: boolean | null;
            };
        };
        SegmentRetrieveResponseObjectResource: {
            type: components["schemas"]["SegmentEnum"];
            id: string;
            attributes: {
                /**
                 * @description A helpful name to label the segment
                 * @example Repeat Purchasers
                 */
                name?: string | null;
                definition?: components["schemas"]["SegmentDefinition"];
                /**
                 * Format: date-time
                 * @description Date and time when the segment was created, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                 * @example 2022-11-08T00:00:00+00:00
                 */
                created?: string | null;
                /**
                 * Format: date-time
                 * @description Date and time when the segment was last updated, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                 * @example 2022-11-08T00:00:00+00:00
                 */
                updated?: string | null;
                /** @description Whether the segment is active. Inactive segments are not processed and their membership does not update. */
                is_active: boolean;
                is_processing: boolean;
                is_starred: boolean;
            };
            relationships?: {
                profiles?: {
                    data?: {
                        type: components["schemas"]["ProfileEnum"];
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
        SegmentsProfileMetricCondition: {
            /** @enum {string} */
            type: "profile-metric";
            metric_id: string;
            /**
             * @description Measurements for profile metrics.
             * @enum {string}
             */
            measurement: "count" | "sum";
            measurement_filter: components["schemas"]["NumericOperatorNumericFilter"];
            timeframe_filter: components["schemas"]["StaticDateFilter"] | components["schemas"]["StaticDateRangeFilter"] | components["schemas"]["RelativeDateOperatorBaseRelativeDateFilter"] | components["schemas"]["RelativeAnniversaryDateFilter"] | components["schemas"]["RelativeDateRangeFilter"] | components["schemas"]["AlltimeDateFilter"];
            metric_filters?: components["schemas"]["ProfileMetricPropertyFilter"][] | null;
        };
        SegmentsProfileMetricFunnelCondition: {
            /** @enum {string} */
            type: "profile-metric-funnel";
            timeframe_filter: components["schemas"]["StaticDateRangeFilter"] | components["schemas"]["RelativeDateRangeFilter"] | components["schemas"]["RelativeDateOperatorBaseRelativeDateFilter"];
            /**
             * @description Allowed completion window durations for funnel conditions (in
             *         seconds).
             * @enum {string|null}
             */
            completion_window_seconds?: "DAYS_1" | "DAYS_180" | "DAYS_3" | "DAYS_30" | "DAYS_5" | "DAYS_90" | "HOURS_1" | "WEEKS_1" | "YEARS_1" | null;
            steps: components["schemas"]["ProfileMetricFunnelSteps"][];
        };
        SftpMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "sftp";
        };
        ShopifyIntegrationFilter: {
            /** @enum {string} */
            type: "string";
            /** @enum {string} */
            operator: "in";
            value: "shopify"[];
        };
        ShopifyIntegrationMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "integration";
            filter: components["schemas"]["ShopifyIntegrationFilter"];
        };
        SpamComplaintMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "spam_complaint";
        };
        StaticDateFilter: {
            /** @enum {string} */
            type: "date";
            /**
             * @description Operators for static date filters.
             *
             *     E.g. "before 2023-01-01"
             * @enum {string}
             */
            operator: "after" | "before";
            /**
             * Format: date-time
             * @example 2022-11-08T00:00:00+00:00
             */
            date: string;
        };
        StaticDateRangeFilter: {
            /** @enum {string} */
            type: "date";
            /**
             * @description Operators for static date range filters.
             *
             *     E.g. "between 2023-01-01 and 2023-02-01"
             * @enum {string}
             */
            operator: "between-static";
            /**
             * Format: date-time
             * @example 2022-11-08T00:00:00+00:00
             */
            start: string;
            /**
             * Format: date-time
             * @example 2022-11-08T00:00:00+00:00
             */
            end: string;
        };
        StatusDateFilter: {
            /** @enum {string} */
            field: "status_date";
            filter: components["schemas"]["StaticDateFilter"] | components["schemas"]["StaticDateRangeFilter"] | components["schemas"]["RelativeDateOperatorBaseRelativeDateFilter"] | components["schemas"]["RelativeAnniversaryDateFilter"] | components["schemas"]["RelativeDateRangeFilter"] | components["schemas"]["CalendarDateFilter"] | components["schemas"]["AnniversaryDateFilter"];
        };
        StringArrayOperatorStringArrayFilter: {
            /** @enum {string} */
            type: "string";
            /**
             * @description Operators for string-in-array filters.
             * @enum {string}
             */
            operator: "in" | "not-in";
            value: string[];
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
        StringPhoneOperatorStringArrayFilter: {
            /** @enum {string} */
            type: "string";
            /**
             * @description Operators for phone string array filters.
             *
             *     Example condition using this filter:
             *             {
             *                 "type": "profile-property",
             *                 "field": "phone",
             *                 "filter": {
             *                     "type": "string",
             *                     "operator": "phone-country-code-in",
             *                     "value": ["US", "GB"]
             *                 }
             *             }
             * @enum {string}
             */
            operator: "phone-country-code-in" | "phone-country-code-not-in";
            value: string[];
        };
        SubscribedSMSIsRcsCapableFilter: {
            /** @enum {string} */
            field: "is_rcs_capable";
            filter: components["schemas"]["BooleanFilter"];
        };
        Subscriptions: {
            /** @description The email channel subscription. */
            email?: components["schemas"]["EmailChannel"];
            /** @description The SMS channel subscription. */
            sms?: components["schemas"]["SMSChannel"];
            /** @description The mobile push channel subscription. */
            mobile_push?: components["schemas"]["PushChannel"];
            /** @description The whatsapp channel subscription. */
            whatsapp?: components["schemas"]["WhatsappChannel"];
        };
        /** @enum {string} */
        TagEnum: "tag";
        /** @enum {string} */
        TagGroupEnum: "tag-group";
        TagResponseObjectResource: {
            type: components["schemas"]["TagEnum"];
            /**
             * @description The Tag ID
             * @example abcd1234-ef56-gh78-ij90-abcdef123456
             */
            id: string;
            attributes: {
                /**
                 * @description The Tag name
                 * @example My Tag
                 */
                name: string;
            };
            relationships?: {
                "tag-group"?: {
                    data?: {
                        type: components["schemas"]["TagGroupEnum"];
                        id: string;
                    };
                    links?: components["schemas"]["RelationshipLinks"];
                };
                lists?: {
                    data?: {
                        type: components["schemas"]["ListEnum"];
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
                segments?: {
                    data?: {
                        type: components["schemas"]["SegmentEnum"];
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
                campaigns?: {
                    data?: {
                        type: components["schemas"]["CampaignEnum"];
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
                flows?: {
                    data?: {
                        type: components["schemas"]["FlowEnum"];
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
            };
            links: components["schemas"]["ObjectLinks"];
        };
        WhatsappChannel: {
            /** @description The Whatsapp marketing subscription. */
            marketing?: components["schemas"]["WhatsappMarketingChannel"];
            /** @description The Whatsapp transactional subscription. */
            transactional?: components["schemas"]["WhatsappTransactionalChannel"];
            /** @description The Whatsapp conversational subscription. */
            conversational?: components["schemas"]["WhatsappConversationalChannel"];
        };
        WhatsappConversationalChannel: {
            /**
             * @description The consent status for the channel.
             * @example SUBSCRIBED
             */
            consent: string;
            /**
             * Format: date-time
             * @description The timestamp when consent was recorded or updated for the channel, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            consent_timestamp?: string | null;
            /**
             * Format: date-time
             * @description The timestamp when the channel was last modified, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            last_updated?: string | null;
            /**
             * Format: date-time
             * @description The timestamp when the channel was created, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            created_timestamp?: string | null;
            /** @description Channel-specific metadata containing additional information about the permission. */
            metadata?: Record<string, unknown> | null;
            /** @description Whether the profile can receive messages on this channel. */
            can_receive: boolean;
            /**
             * Format: date-time
             * @description Optional expiration date for the permission, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2024-02-21T20:07:38+00:00
             */
            valid_until?: string | null;
            /** @description Phone number to which the consent was granted for. */
            phone_number?: string | null;
        };
        WhatsappMarketingChannel: {
            /**
             * @description The consent status for the channel.
             * @example SUBSCRIBED
             */
            consent: string;
            /**
             * Format: date-time
             * @description The timestamp when consent was recorded or updated for the channel, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            consent_timestamp?: string | null;
            /**
             * Format: date-time
             * @description The timestamp when the channel was last modified, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            last_updated?: string | null;
            /**
             * Format: date-time
             * @description The timestamp when the channel was created, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            created_timestamp?: string | null;
            /** @description Channel-specific metadata containing additional information about the permission. */
            metadata?: Record<string, unknown> | null;
            /** @description Whether the profile can receive messages on this channel. */
            can_receive: boolean;
            /**
             * Format: date-time
             * @description Optional expiration date for the permission, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2024-02-21T20:07:38+00:00
             */
            valid_until?: string | null;
            /** @description Phone number to which the consent was granted for. */
            phone_number?: string | null;
        };
        WhatsappTransactionalChannel: {
            /**
             * @description The consent status for the channel.
             * @example SUBSCRIBED
             */
            consent: string;
            /**
             * Format: date-time
             * @description The timestamp when consent was recorded or updated for the channel, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            consent_timestamp?: string | null;
            /**
             * Format: date-time
             * @description The timestamp when the channel was last modified, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            last_updated?: string | null;
            /**
             * Format: date-time
             * @description The timestamp when the channel was created, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            created_timestamp?: string | null;
            /** @description Channel-specific metadata containing additional information about the permission. */
            metadata?: Record<string, unknown> | null;
            /** @description Whether the profile can receive messages on this channel. */
            can_receive: boolean;
            /**
             * Format: date-time
             * @description Optional expiration date for the permission, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2024-02-21T20:07:38+00:00
             */
            valid_until?: string | null;
            /** @description Phone number to which the consent was granted for. */
            phone_number?: string | null;
        };
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
    get_segments: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[flow]"?: ("archived" | "created" | "id" | "name" | "status" | "trigger_type" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[segment]"?: ("created" | "definition" | "definition.condition_groups" | "id" | "is_active" | "is_processing" | "is_starred" | "name" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[tag]"?: ("id" | "name")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#filtering<br>Allowed field(s)/operator(s):<br>`name`: `any`, `equals`<br>`id`: `any`, `equals`<br>`created`: `greater-than`<br>`updated`: `greater-than`<br>`is_active`: `any`, `equals`<br>`is_starred`: `equals` */
                filter?: string;
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#relationships */
                include?: ("flow-triggers" | "tags")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#pagination */
                "page[cursor]"?: string;
                /** @description Default: 10. Min: 1. Max: 10. */
                "page[size]"?: number;
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sorting */
                sort?: "created" | "-created" | "id" | "-id" | "name" | "-name" | "updated" | "-updated";
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
                    "application/vnd.api+json": components["schemas"]["GetSegmentListResponseCollectionCompoundDocument"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_segment: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[segment]"?: ("created" | "definition" | "definition.condition_groups" | "id" | "is_active" | "is_processing" | "is_starred" | "name" | "updated")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.api+json": components["schemas"]["SegmentCreateQuery"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["PostSegmentCreateResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_segment: {
        parameters: {
            query?: {
                /** @description Request additional fields not included by default in the response. Supported values: 'profile_count' */
                "additional-fields[segment]"?: "profile_count"[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[flow]"?: ("archived" | "created" | "id" | "name" | "status" | "trigger_type" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[segment]"?: ("created" | "definition" | "definition.condition_groups" | "id" | "is_active" | "is_processing" | "is_starred" | "name" | "profile_count" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[tag]"?: ("id" | "name")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#relationships */
                include?: ("flow-triggers" | "tags")[];
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
                    "application/vnd.api+json": components["schemas"]["GetSegmentRetrieveResponseCompoundDocument"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    delete_segment: {
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
    update_segment: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[segment]"?: ("created" | "definition" | "definition.condition_groups" | "id" | "is_active" | "is_processing" | "is_starred" | "name" | "updated")[];
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
        requestBody: {
            content: {
                "application/vnd.api+json": components["schemas"]["SegmentPartialUpdateQuery"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["PatchSegmentPartialUpdateResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_tags_for_segment: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[tag]"?: ("id" | "name")[];
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
                    "application/vnd.api+json": components["schemas"]["GetTagResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_tag_ids_for_segment: {
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
                    "application/vnd.api+json": components["schemas"]["GetSegmentTagsRelationshipsResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_profiles_for_segment: {
        parameters: {
            query?: {
                /** @description Request additional fields not included by default in the response. Supported values: 'subscriptions', 'predictive_analytics' */
                "additional-fields[profile]"?: ("subscriptions" | "predictive_analytics")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[profile]"?: ("created" | "email" | "external_id" | "first_name" | "id" | "image" | "joined_group_at" | "last_event_date" | "last_name" | "locale" | "location" | "location.address1" | "location.address2" | "location.city" | "location.country" | "location.ip" | "location.latitude" | "location.longitude" | "location.region" | "location.timezone" | "location.zip" | "organization" | "phone_number" | "predictive_analytics" | "predictive_analytics.average_days_between_orders" | "predictive_analytics.average_order_value" | "predictive_analytics.churn_probability" | "predictive_analytics.expected_date_of_next_order" | "predictive_analytics.historic_clv" | "predictive_analytics.historic_number_of_orders" | "predictive_analytics.predicted_clv" | "predictive_analytics.predicted_number_of_orders" | "predictive_analytics.ranked_channel_affinity" | "predictive_analytics.total_clv" | "properties" | "subscriptions" | "subscriptions.email" | "subscriptions.email.marketing" | "subscriptions.email.marketing.can_receive_email_marketing" | "subscriptions.email.marketing.consent" | "subscriptions.email.marketing.consent_timestamp" | "subscriptions.email.marketing.custom_method_detail" | "subscriptions.email.marketing.double_optin" | "subscriptions.email.marketing.last_updated" | "subscriptions.email.marketing.list_suppressions" | "subscriptions.email.marketing.method" | "subscriptions.email.marketing.method_detail" | "subscriptions.email.marketing.suppression" | "subscriptions.email.open_tracking" | "subscriptions.email.open_tracking.can_receive" | "subscriptions.email.open_tracking.consent" | "subscriptions.email.open_tracking.consent_timestamp" | "subscriptions.email.open_tracking.created_timestamp" | "subscriptions.email.open_tracking.last_updated" | "subscriptions.email.open_tracking.metadata" | "subscriptions.email.open_tracking.valid_until" | "subscriptions.mobile_push" | "subscriptions.mobile_push.marketing" | "subscriptions.mobile_push.marketing.can_receive_push_marketing" | "subscriptions.mobile_push.marketing.consent" | "subscriptions.mobile_push.marketing.consent_timestamp" | "subscriptions.sms" | "subscriptions.sms.marketing" | "subscriptions.sms.marketing.can_receive_sms_marketing" | "subscriptions.sms.marketing.consent" | "subscriptions.sms.marketing.consent_timestamp" | "subscriptions.sms.marketing.last_updated" | "subscriptions.sms.marketing.method" | "subscriptions.sms.marketing.method_detail" | "subscriptions.sms.transactional" | "subscriptions.sms.transactional.can_receive_sms_transactional" | "subscriptions.sms.transactional.consent" | "subscriptions.sms.transactional.consent_timestamp" | "subscriptions.sms.transactional.last_updated" | "subscriptions.sms.transactional.method" | "subscriptions.sms.transactional.method_detail" | "subscriptions.whatsapp" | "subscriptions.whatsapp.conversational" | "subscriptions.whatsapp.conversational.can_receive" | "subscriptions.whatsapp.conversational.consent" | "subscriptions.whatsapp.conversational.consent_timestamp" | "subscriptions.whatsapp.conversational.created_timestamp" | "subscriptions.whatsapp.conversational.last_updated" | "subscriptions.whatsapp.conversational.metadata" | "subscriptions.whatsapp.conversational.phone_number" | "subscriptions.whatsapp.conversational.valid_until" | "subscriptions.whatsapp.marketing" | "subscriptions.whatsapp.marketing.can_receive" | "subscriptions.whatsapp.marketing.consent" | "subscriptions.whatsapp.marketing.consent_timestamp" | "subscriptions.whatsapp.marketing.created_timestamp" | "subscriptions.whatsapp.marketing.last_updated" | "subscriptions.whatsapp.marketing.metadata" | "subscriptions.whatsapp.marketing.phone_number" | "subscriptions.whatsapp.marketing.valid_until" | "subscriptions.whatsapp.transactional" | "subscriptions.whatsapp.transactional.can_receive" | "subscriptions.whatsapp.transactional.consent" | "subscriptions.whatsapp.transactional.consent_timestamp" | "subscriptions.whatsapp.transactional.created_timestamp" | "subscriptions.whatsapp.transactional.last_updated" | "subscriptions.whatsapp.transactional.metadata" | "subscriptions.whatsapp.transactional.phone_number" | "subscriptions.whatsapp.transactional.valid_until" | "title" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#filtering<br>Allowed field(s)/operator(s):<br>`profile_id`: `any`, `equals`<br>`email`: `any`, `equals`<br>`phone_number`: `any`, `equals`<br>`push_token`: `any`, `equals`<br>`_kx`: `equals`<br>`joined_group_at`: `greater-or-equal`, `greater-than`, `less-or-equal`, `less-than` */
                filter?: string;
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#pagination */
                "page[cursor]"?: string;
                /** @description Default: 20. Min: 1. Max: 100. */
                "page[size]"?: number;
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sorting */
                sort?: "joined_group_at" | "-joined_group_at";
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description Primary key that uniquely identifies this segment. Generated by Klaviyo. */
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
                    "application/vnd.api+json": components["schemas"]["GetSegmentMemberResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_profile_ids_for_segment: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#filtering<br>Allowed field(s)/operator(s):<br>`profile_id`: `any`, `equals`<br>`email`: `any`, `equals`<br>`phone_number`: `any`, `equals`<br>`push_token`: `any`, `equals`<br>`_kx`: `equals`<br>`joined_group_at`: `greater-or-equal`, `greater-than`, `less-or-equal`, `less-than` */
                filter?: string;
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#pagination */
                "page[cursor]"?: string;
                /** @description Default: 20. Min: 1. Max: 100. */
                "page[size]"?: number;
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sorting */
                sort?: "joined_group_at" | "-joined_group_at";
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description Primary key that uniquely identifies this segment. Generated by Klaviyo. */
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
                    "application/vnd.api+json": components["schemas"]["GetSegmentProfilesRelationshipsResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_flows_triggered_by_segment: {
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
                /** @description Primary key that uniquely identifies this segment. Generated by Klaviyo. */
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
    get_ids_for_flows_triggered_by_segment: {
        parameters: {
            query?: never;
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description Primary key that uniquely identifies this segment. Generated by Klaviyo. */
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
                    "application/vnd.api+json": components["schemas"]["GetSegmentFlowTriggersRelationshipsResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
