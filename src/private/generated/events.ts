export interface paths {
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Events
         * @description Get all events in an account
         *
         *     Requests can be sorted by the following fields:
         *     `datetime`, `timestamp`
         *
         *     [Custom metrics](https://developers.klaviyo.com/en/reference/custom_metrics_api_overview) are not supported in the `metric_id` filter.
         *
         *     Returns a maximum of 200 events per page.<br><br>*Rate limits*:<br>Burst: `350/s`<br>Steady: `3500/m`
         *
         *     **Scopes:**
         *     `events:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_events.json)
         */
        get: operations["get_events"];
        put?: never;
        /**
         * Create Event
         * @description Create a new event to track a profile's activity.
         *
         *     Note that this endpoint allows you to create a new profile or update an existing profile's properties.
         *
         *     At a minimum, profile and metric objects should include at least one profile identifier (e.g., `id`, `email`, or `phone_number`) and the metric `name`, respectively.
         *
         *     Successful response indicates that the event was validated and submitted for processing, but does not guarantee that processing is complete.<br><br>*Rate limits*:<br>Burst: `350/s`<br>Steady: `3500/m`
         *
         *     **Scopes:**
         *     `events:write`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/create_event.json)
         */
        post: operations["create_event"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Event
         * @description Get an event with the given event ID.<br><br>*Rate limits*:<br>Burst: `10/s`<br>Steady: `150/m`
         *
         *     **Scopes:**
         *     `events:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_event.json)
         */
        get: operations["get_event"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/event-bulk-create-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk Create Events
         * @description Create a batch of events for one or more profiles.
         *
         *     Note that this endpoint allows you to create new profiles or update existing profile properties.
         *
         *     At a minimum, profile and metric objects should include at least one profile identifier (e.g., `id`, `email`, or `phone_number`) and the metric `name`, respectively.
         *
         *     Accepts up to 1,000 events per request. The maximum allowed payload size is 5MB. A single string cannot exceed 100KB.<br><br>*Rate limits*:<br>Burst: `10/s`<br>Steady: `150/m`
         *
         *     **Scopes:**
         *     `events:write`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/bulk_create_events.json)
         */
        post: operations["bulk_create_events"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/metric": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Metric for Event
         * @description Get the metric for an event with the given event ID.<br><br>*Rate limits*:<br>Burst: `350/s`<br>Steady: `3500/m`
         *
         *     **Scopes:**
         *     `events:read`
         *     `metrics:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_metric_for_event.json)
         */
        get: operations["get_metric_for_event"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/relationships/metric": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Metric ID for Event
         * @description Get a list of related Metrics for an Event<br><br>*Rate limits*:<br>Burst: `350/s`<br>Steady: `3500/m`
         *
         *     **Scopes:**
         *     `events:read`
         *     `metrics:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_metric_id_for_event.json)
         */
        get: operations["get_metric_id_for_event"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Profile for Event
         * @description Get the profile associated with an event with the given event ID.<br><br>*Rate limits*:<br>Burst: `350/s`<br>Steady: `3500/m`
         *
         *     **Scopes:**
         *     `events:read`
         *     `profiles:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_profile_for_event.json)
         */
        get: operations["get_profile_for_event"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/relationships/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Profile ID for Event
         * @description Get profile [relationships](https://developers.klaviyo.com/en/reference/api_overview#relationships) for an event with the given event ID.<br><br>*Rate limits*:<br>Burst: `350/s`<br>Steady: `3500/m`
         *
         *     **Scopes:**
         *     `events:read`
         *     `profiles:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_profile_id_for_event.json)
         */
        get: operations["get_profile_id_for_event"];
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
        /** @enum {string} */
        AttributionEnum: "attribution";
        AttributionResponseObjectResource: {
            type: components["schemas"]["AttributionEnum"];
            /**
             * @description The ID of the attribution
             * @example 925e385b52fb405715f3616c337cc65c
             */
            id: string;
            relationships?: {
                event?: {
                    data?: {
                        type: components["schemas"]["EventEnum"];
                        /** @description Event */
                        id: string;
                    };
                    links?: components["schemas"]["RelationshipLinks"];
                };
                "attributed-event"?: {
                    data?: {
                        type: components["schemas"]["EventEnum"];
                        /** @description Attributed Event */
                        id: string;
                    };
                    links?: components["schemas"]["RelationshipLinks"];
                };
                campaign?: {
                    data?: {
                        type: components["schemas"]["CampaignEnum"];
                        /** @description Attributed Campaign */
                        id: string;
                    };
                    links?: components["schemas"]["RelationshipLinks"];
                };
                "campaign-message"?: {
                    data?: {
                        type: components["schemas"]["CampaignMessageEnum"];
                        /** @description Attributed Campaign Message */
                        id: string;
                    };
                    links?: components["schemas"]["RelationshipLinks"];
                };
                flow?: {
                    data?: {
                        type: components["schemas"]["FlowEnum"];
                        /** @description Attributed Flow */
                        id: string;
                    };
                    links?: components["schemas"]["RelationshipLinks"];
                };
                "flow-message"?: {
                    data?: {
                        type: components["schemas"]["FlowMessageEnum"];
                        /** @description Attributed Flow Message */
                        id: string;
                    };
                    links?: components["schemas"]["RelationshipLinks"];
                };
                "flow-message-variation"?: {
                    data?: {
                        type: components["schemas"]["FlowMessageEnum"];
                        /** @description Attributed Flow Message Variation */
                        id: string;
                    };
                    links?: components["schemas"]["RelationshipLinks"];
                };
            };
            links: components["schemas"]["ObjectLinks"];
        };
        BaseEventCreateQueryBulkEntryResourceObject: {
            type: components["schemas"]["EventEnum"];
            attributes: {
                /**
                 * @description Properties of this event (must not exceed 400 properties). The size of the event payload must not exceed 5 MB,
                 *     and each string cannot be larger than 100 KB. For a full list of data limits on event payloads,
                 *     see [Limitations](https://developers.klaviyo.com/en/reference/events_api_overview#limitations).
                 *
                 *     Note any top-level property that is not an object can be
                 *     used to create segments. The `$extra` property records any
                 *     non-segmentable values that can be referenced later, e.g., HTML templates are
                 *     useful on a segment but are not used to create a segment.
                 * @example {
                 *       "Brand": "Kids Book",
                 *       "ProductID": 1111,
                 *       "ProductName": "Winnie the Pooh"
                 *     }
                 */
                properties: Record<string, unknown>;
                /**
                 * Format: date-time
                 * @description When this event occurred. By default, the time the request was received will be used.
                 *     The time is truncated to the second. The time must be after the year 1990 and can only
                 *     be up to 1 year in the future.
                 * @example 2022-11-08T00:00:00+00:00
                 */
                time?: string | null;
                /**
                 * @description A numeric, monetary value to associate with this event. For example, the dollar amount of a purchase.
                 * @example 9.99
                 */
                value?: number | null;
                /**
                 * @description The ISO 4217 currency code of the value associated with the event.
                 * @example USD
                 */
                value_currency?: string | null;
                /**
                 * @description When true, the event is recorded but does NOT trigger flows. Use this when backfilling
                 *     historical events so existing flow definitions do not re-fire on events that already
                 *     fired in the past.
                 * @default false
                 */
                backfill?: boolean | null;
                metric: {
                    data: components["schemas"]["MetricCreateQueryResourceObject"];
                };
                /**
                 * @description A unique identifier for an event. If a unique_id is repeated for the same profile and metric,
                 *     the request will fail and no events will be processed. If this field is not
                 *     present, this field will use the time to the second. Using the default, this limits only one
                 *     event per profile per second.
                 */
                unique_id?: string | null;
            };
        };
        /** @enum {string} */
        CampaignEnum: "campaign";
        /** @enum {string} */
        CampaignMessageEnum: "campaign-message";
        CollectionLinks: {
            /** Format: uri */
            self: string;
            /** Format: uri */
            prev?: string;
            /** Format: uri */
            next?: string;
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
        /** @enum {string} */
        EventBulkCreateEnum: "event-bulk-create";
        /** @enum {string} */
        EventBulkCreateJobEnum: "event-bulk-create-job";
        EventCreateQueryV2: {
            data: components["schemas"]["EventCreateQueryV2ResourceObject"];
        };
        EventCreateQueryV2ResourceObject: {
            type: components["schemas"]["EventEnum"];
            attributes: {
                /**
                 * @description Properties of this event (must not exceed 400 properties). The size of the event payload must not exceed 5 MB,
                 *     and each string cannot be larger than 100 KB. For a full list of data limits on event payloads,
                 *     see [Limitations](https://developers.klaviyo.com/en/reference/events_api_overview#limitations).
                 *
                 *     Note any top-level property that is not an object can be
                 *     used to create segments. The `$extra` property records any
                 *     non-segmentable values that can be referenced later, e.g., HTML templates are
                 *     useful on a segment but are not used to create a segment.
                 * @example {
                 *       "Brand": "Kids Book",
                 *       "ProductID": 1111,
                 *       "ProductName": "Winnie the Pooh"
                 *     }
                 */
                properties: Record<string, unknown>;
                /**
                 * Format: date-time
                 * @description When this event occurred. By default, the time the request was received will be used.
                 *     The time is truncated to the second. The time must be after the year 1990 and can only
                 *     be up to 1 year in the future.
                 * @example 2022-11-08T00:00:00+00:00
                 */
                time?: string | null;
                /**
                 * @description A numeric, monetary value to associate with this event. For example, the dollar amount of a purchase.
                 * @example 9.99
                 */
                value?: number | null;
                /**
                 * @description The ISO 4217 currency code of the value associated with the event.
                 * @example USD
                 */
                value_currency?: string | null;
                /**
                 * @description A unique identifier for an event. If the unique_id is repeated for the same
                 *     profile and metric, only the first processed event will be recorded. If this is not
                 *     present, this will use the time to the second. Using the default, this limits only one
                 *     event per profile per second.
                 */
                unique_id?: string | null;
                /**
                 * @description When true, the event is recorded but does NOT trigger flows. Use this when backfilling
                 *     historical events so existing flow definitions do not re-fire on events that already
                 *     fired in the past.
                 * @default false
                 */
                backfill?: boolean | null;
                metric: {
                    data: components["schemas"]["MetricCreateQueryResourceObject"];
                };
                profile: {
                    data: components["schemas"]["EventProfileCreateQueryResourceObject"];
                };
            };
        };
        /** @enum {string} */
        EventEnum: "event";
        EventProfileCreateQueryResourceObject: {
            type: components["schemas"]["ProfileEnum"];
            /** @description Primary key that uniquely identifies this profile. Generated by Klaviyo. */
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
                anonymous_id?: string | null;
                /**
                 * @description Also known as the `exchange_id`, this is an encrypted identifier used for identifying a
                 *     profile by Klaviyo's web tracking.
                 *
                 *     You can use this field as a filter when retrieving profiles via the Get Profiles endpoint.
                 */
                _kx?: string | null;
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
                location?: components["schemas"]["ProfileLocation"];
                /**
                 * @description An object containing key/value pairs for any custom properties assigned to this profile
                 * @example {
                 *       "pseudonym": "Dr. Octopus"
                 *     }
                 */
                properties?: Record<string, unknown> | null;
                meta?: components["schemas"]["OnsiteProfileMeta"];
            };
        };
        EventResponseObjectResource: {
            type: components["schemas"]["EventEnum"];
            /** @description The Event ID */
            id: string;
            attributes: {
                /** @description Event timestamp in seconds */
                timestamp?: number | null;
                /** @description Event properties, can include identifiers and extra properties */
                event_properties?: Record<string, unknown> | null;
                /**
                 * Format: date-time
                 * @description Event timestamp in ISO8601 format (YYYY-MM-DDTHH:MM:SS+hh:mm)
                 * @example 2022-11-08T01:23:45+00:00
                 */
                datetime?: string | null;
                /** @description A unique identifier for the event, this can be used as a cursor in pagination */
                uuid?: string | null;
            };
            relationships?: {
                profile?: {
                    data?: {
                        type: components["schemas"]["ProfileEnum"];
                        /** @description Profile ID of the associated profile, if available */
                        id: string;
                    };
                    links?: components["schemas"]["RelationshipLinks"];
                };
                metric?: {
                    data?: {
                        type: components["schemas"]["MetricEnum"];
                        /** @description The Metric ID */
                        id: string;
                    };
                    links?: components["schemas"]["RelationshipLinks"];
                };
                attributions?: {
                    data?: {
                        type: components["schemas"]["AttributionEnum"];
                        /** @description Attributions for this event */
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
            };
            links: components["schemas"]["ObjectLinks"];
        };
        EventsBulkCreateJob: {
            data: components["schemas"]["EventsBulkCreateJobResourceObject"];
        };
        EventsBulkCreateJobResourceObject: {
            type: components["schemas"]["EventBulkCreateJobEnum"];
            attributes: {
                "events-bulk-create": {
                    data: components["schemas"]["EventsBulkCreateQueryResourceObject"][];
                };
            };
        };
        EventsBulkCreateQueryResourceObject: {
            type: components["schemas"]["EventBulkCreateEnum"];
            attributes: {
                /**
                 * @description When true, the event is recorded but does NOT trigger flows. Use this when backfilling
                 *     historical events so existing flow definitions do not re-fire on events that already
                 *     fired in the past.
                 * @default false
                 */
                backfill?: boolean | null;
                profile: {
                    data: components["schemas"]["OnsiteProfileCreateQueryResourceObject"];
                };
                events: {
                    data: components["schemas"]["BaseEventCreateQueryBulkEntryResourceObject"][];
                };
            };
        };
        /** @enum {string} */
        FlowEnum: "flow";
        /** @enum {string} */
        FlowMessageEnum: "flow-message";
        GetEventMetricRelationshipResponse: {
            data: {
                type: components["schemas"]["MetricEnum"];
                /** @description The Metric ID */
                id: string;
            } | null;
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetEventProfileRelationshipResponse: {
            data: {
                type: components["schemas"]["ProfileEnum"];
                /**
                 * @description Primary key that uniquely identifies this profile. Generated by Klaviyo.
                 * @example 01GDDKASAP8TKDDA2GRZDSVP4H
                 */
                id: string;
            } | null;
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetEventResponseCollectionCompoundDocument: {
            data: components["schemas"]["EventResponseObjectResource"][];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
            included?: (components["schemas"]["MetricResponseObjectResource"] | components["schemas"]["ProfileResponseObjectResource"] | components["schemas"]["AttributionResponseObjectResource"])[];
        };
        GetEventResponseCompoundDocument: {
            data: components["schemas"]["EventResponseObjectResource"];
            included?: (components["schemas"]["MetricResponseObjectResource"] | components["schemas"]["ProfileResponseObjectResource"] | components["schemas"]["AttributionResponseObjectResource"])[];
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetMetricResponse: {
            data: components["schemas"]["MetricResponseObjectResource"] | null;
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetProfileResponse: {
            data: ({
                type?: components["schemas"]["ProfileEnum"];
                attributes?: {
                    subscriptions?: components["schemas"]["Subscriptions"];
                    predictive_analytics?: components["schemas"]["PredictiveAnalytics"];
                };
            } & components["schemas"]["ProfileResponseObjectResource"]) | null;
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        /** @enum {string} */
        ListEnum: "list";
        MetricCreateQueryResourceObject: {
            type: components["schemas"]["MetricEnum"];
            attributes: {
                /**
                 * @description Name of the event. Must be less than 128 characters.
                 * @example Viewed Product
                 */
                name: string;
                /** @description This is for advanced usage. For api requests, this should use the default, which is set to api. */
                service?: string | null;
            };
        };
        /** @enum {string} */
        MetricEnum: "metric";
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
        ObjectLinks: {
            /** Format: uri */
            self: string;
        };
        OnsiteProfileCreateQueryResourceObject: {
            type: components["schemas"]["ProfileEnum"];
            /** @description Primary key that uniquely identifies this profile. Generated by Klaviyo. */
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
                anonymous_id?: string | null;
                /**
                 * @description Also known as the `exchange_id`, this is an encrypted identifier used for identifying a
                 *     profile by Klaviyo's web tracking.
                 *
                 *     You can use this field as a filter when retrieving profiles via the Get Profiles endpoint.
                 */
                _kx?: string | null;
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
                location?: components["schemas"]["ProfileLocation"];
                /**
                 * @description An object containing key/value pairs for any custom properties assigned to this profile
                 * @example {
                 *       "pseudonym": "Dr. Octopus"
                 *     }
                 */
                properties?: Record<string, unknown> | null;
            };
            meta?: components["schemas"]["OnsiteProfileMeta"];
        };
        OnsiteProfileMeta: {
            /**
             * @description Specify one or more patch operations to apply to existing property data
             * @example {
             *       "append": {
             *         "skus": "92538"
             *       }
             *     }
             */
            patch_properties?: components["schemas"]["ProfileMetaPatchProperties"];
            /**
             * @description Specify one or more patch operations to apply to existing identifier data. Currently only `email` is supported, and it is used to add or remove secondary email addresses on a profile.
             * @example {
             *       "append": {
             *         "email": [
             *           "example@test.com",
             *           "another@example.com"
             *         ]
             *       }
             *     }
             */
            patch_identifiers?: components["schemas"]["PatchIdentifiers"];
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
        PatchIdentifiers: {
            append?: Record<string, unknown>;
            unappend?: Record<string, unknown>;
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
        /** @enum {string} */
        ProfileEnum: "profile";
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
        ProfileMetaPatchProperties: {
            /**
             * @description Append a simple value or values to this property array
             * @example {
             *       "skus": "92538"
             *     }
             */
            append?: Record<string, unknown> | null;
            /**
             * @description Remove a simple value or values from this property array
             * @example {
             *       "skus": "40571"
             *     }
             */
            unappend?: Record<string, unknown> | null;
            /**
             * @description Remove a key or keys (and their values) completely from properties
             * @example skus
             */
            unset?: (string | string[]) | null;
        };
        ProfileResponseObjectResource: {
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
        /** @enum {string} */
        SegmentEnum: "segment";
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
    get_events: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[attribution]"?: "id"[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[event]"?: ("datetime" | "event_properties" | "id" | "timestamp" | "uuid")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[metric]"?: ("created" | "id" | "integration" | "name" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[profile]"?: ("created" | "email" | "external_id" | "first_name" | "id" | "image" | "last_event_date" | "last_name" | "locale" | "location" | "location.address1" | "location.address2" | "location.city" | "location.country" | "location.ip" | "location.latitude" | "location.longitude" | "location.region" | "location.timezone" | "location.zip" | "organization" | "phone_number" | "properties" | "title" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#filtering<br>Allowed field(s)/operator(s):<br>`metric_id`: `equals`<br>`profile_id`: `equals`<br>`profile`: `has`<br>`metric`: `has`<br>`datetime`: `greater-or-equal`, `greater-than`, `less-or-equal`, `less-than`<br>`timestamp`: `greater-or-equal`, `greater-than`, `less-or-equal`, `less-than` */
                filter?: string;
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#relationships */
                include?: ("attributions" | "metric" | "profile")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#pagination */
                "page[cursor]"?: string;
                /** @description Default: 200. Min: 1. Max: 1000. */
                "page[size]"?: number;
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sorting */
                sort?: "datetime" | "-datetime" | "timestamp" | "-timestamp";
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
                    "application/vnd.api+json": components["schemas"]["GetEventResponseCollectionCompoundDocument"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_event: {
        parameters: {
            query?: never;
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.api+json": components["schemas"]["EventCreateQueryV2"];
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_event: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[attribution]"?: "id"[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[event]"?: ("datetime" | "event_properties" | "id" | "timestamp" | "uuid")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[metric]"?: ("created" | "id" | "integration" | "name" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[profile]"?: ("created" | "email" | "external_id" | "first_name" | "id" | "image" | "last_event_date" | "last_name" | "locale" | "location" | "location.address1" | "location.address2" | "location.city" | "location.country" | "location.ip" | "location.latitude" | "location.longitude" | "location.region" | "location.timezone" | "location.zip" | "organization" | "phone_number" | "properties" | "title" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#relationships */
                include?: ("attributions" | "metric" | "profile")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description ID of the event */
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
                    "application/vnd.api+json": components["schemas"]["GetEventResponseCompoundDocument"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    bulk_create_events: {
        parameters: {
            query?: never;
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.api+json": components["schemas"]["EventsBulkCreateJob"];
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_metric_for_event: {
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
                /** @description ID of the event */
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
    get_metric_id_for_event: {
        parameters: {
            query?: never;
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description ID of the event */
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
                    "application/vnd.api+json": components["schemas"]["GetEventMetricRelationshipResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_profile_for_event: {
        parameters: {
            query?: {
                /** @description Request additional fields not included by default in the response. Supported values: 'subscriptions', 'predictive_analytics' */
                "additional-fields[profile]"?: ("subscriptions" | "predictive_analytics")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[profile]"?: ("created" | "email" | "external_id" | "first_name" | "id" | "image" | "last_event_date" | "last_name" | "locale" | "location" | "location.address1" | "location.address2" | "location.city" | "location.country" | "location.ip" | "location.latitude" | "location.longitude" | "location.region" | "location.timezone" | "location.zip" | "organization" | "phone_number" | "predictive_analytics" | "predictive_analytics.average_days_between_orders" | "predictive_analytics.average_order_value" | "predictive_analytics.churn_probability" | "predictive_analytics.expected_date_of_next_order" | "predictive_analytics.historic_clv" | "predictive_analytics.historic_number_of_orders" | "predictive_analytics.predicted_clv" | "predictive_analytics.predicted_number_of_orders" | "predictive_analytics.ranked_channel_affinity" | "predictive_analytics.total_clv" | "properties" | "subscriptions" | "subscriptions.email" | "subscriptions.email.marketing" | "subscriptions.email.marketing.can_receive_email_marketing" | "subscriptions.email.marketing.consent" | "subscriptions.email.marketing.consent_timestamp" | "subscriptions.email.marketing.custom_method_detail" | "subscriptions.email.marketing.double_optin" | "subscriptions.email.marketing.last_updated" | "subscriptions.email.marketing.list_suppressions" | "subscriptions.email.marketing.method" | "subscriptions.email.marketing.method_detail" | "subscriptions.email.marketing.suppression" | "subscriptions.email.open_tracking" | "subscriptions.email.open_tracking.can_receive" | "subscriptions.email.open_tracking.consent" | "subscriptions.email.open_tracking.consent_timestamp" | "subscriptions.email.open_tracking.created_timestamp" | "subscriptions.email.open_tracking.last_updated" | "subscriptions.email.open_tracking.metadata" | "subscriptions.email.open_tracking.valid_until" | "subscriptions.mobile_push" | "subscriptions.mobile_push.marketing" | "subscriptions.mobile_push.marketing.can_receive_push_marketing" | "subscriptions.mobile_push.marketing.consent" | "subscriptions.mobile_push.marketing.consent_timestamp" | "subscriptions.sms" | "subscriptions.sms.marketing" | "subscriptions.sms.marketing.can_receive_sms_marketing" | "subscriptions.sms.marketing.consent" | "subscriptions.sms.marketing.consent_timestamp" | "subscriptions.sms.marketing.last_updated" | "subscriptions.sms.marketing.method" | "subscriptions.sms.marketing.method_detail" | "subscriptions.sms.transactional" | "subscriptions.sms.transactional.can_receive_sms_transactional" | "subscriptions.sms.transactional.consent" | "subscriptions.sms.transactional.consent_timestamp" | "subscriptions.sms.transactional.last_updated" | "subscriptions.sms.transactional.method" | "subscriptions.sms.transactional.method_detail" | "subscriptions.whatsapp" | "subscriptions.whatsapp.conversational" | "subscriptions.whatsapp.conversational.can_receive" | "subscriptions.whatsapp.conversational.consent" | "subscriptions.whatsapp.conversational.consent_timestamp" | "subscriptions.whatsapp.conversational.created_timestamp" | "subscriptions.whatsapp.conversational.last_updated" | "subscriptions.whatsapp.conversational.metadata" | "subscriptions.whatsapp.conversational.phone_number" | "subscriptions.whatsapp.conversational.valid_until" | "subscriptions.whatsapp.marketing" | "subscriptions.whatsapp.marketing.can_receive" | "subscriptions.whatsapp.marketing.consent" | "subscriptions.whatsapp.marketing.consent_timestamp" | "subscriptions.whatsapp.marketing.created_timestamp" | "subscriptions.whatsapp.marketing.last_updated" | "subscriptions.whatsapp.marketing.metadata" | "subscriptions.whatsapp.marketing.phone_number" | "subscriptions.whatsapp.marketing.valid_until" | "subscriptions.whatsapp.transactional" | "subscriptions.whatsapp.transactional.can_receive" | "subscriptions.whatsapp.transactional.consent" | "subscriptions.whatsapp.transactional.consent_timestamp" | "subscriptions.whatsapp.transactional.created_timestamp" | "subscriptions.whatsapp.transactional.last_updated" | "subscriptions.whatsapp.transactional.metadata" | "subscriptions.whatsapp.transactional.phone_number" | "subscriptions.whatsapp.transactional.valid_until" | "title" | "updated")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description ID of the event */
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
                    "application/vnd.api+json": components["schemas"]["GetProfileResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_profile_id_for_event: {
        parameters: {
            query?: never;
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description ID of the event */
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
                    "application/vnd.api+json": components["schemas"]["GetEventProfileRelationshipResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
