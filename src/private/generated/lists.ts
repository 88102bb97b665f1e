export interface paths {
    "/api/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Lists
         * @description Get all lists in an account.
         *
         *     Filter to request a subset of all lists. Lists can be filtered by `id`, `name`, `created`, and `updated` fields.
         *
         *     Returns a maximum of 10 results per page.<br><br>*Rate limits*:<br>Burst: `75/s`<br>Steady: `750/m`
         *
         *     **Scopes:**
         *     `lists:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_lists.json)
         */
        get: operations["get_lists"];
        put?: never;
        /**
         * Create List
         * @description Create a new list.<br><br>*Rate limits*:<br>Burst: `10/s`<br>Steady: `150/m`<br>Daily: `150/d`
         *
         *     **Scopes:**
         *     `lists:write`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/create_list.json)
         */
        post: operations["create_list"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get List
         * @description Get a list with the given list ID.<br><br>*Rate limits*:<br>Burst: `75/s`<br>Steady: `750/m`<br><br>Rate limits when using the `additional-fields[list]=profile_count` parameter in your API request:<br>Burst: `1/s`<br>Steady: `15/m`<br><br>To learn more about how the `additional-fields` parameter impacts rate limits, check out our [Rate limits, status codes, and errors](https://developers.klaviyo.com/en/v2026-07-15/docs/rate_limits_and_error_handling) guide.
         *
         *     **Scopes:**
         *     `lists:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_list.json)
         */
        get: operations["get_list"];
        put?: never;
        post?: never;
        /**
         * Delete List
         * @description Delete a list with the given list ID.<br><br>*Rate limits*:<br>Burst: `10/s`<br>Steady: `150/m`
         *
         *     **Scopes:**
         *     `lists:write`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/delete_list.json)
         */
        delete: operations["delete_list"];
        options?: never;
        head?: never;
        /**
         * Update List
         * @description Update the name of a list with the given list ID.<br><br>*Rate limits*:<br>Burst: `10/s`<br>Steady: `150/m`
         *
         *     **Scopes:**
         *     `lists:write`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/update_list.json)
         */
        patch: operations["update_list"];
        trace?: never;
    };
    "/api/lists/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Tags for List
         * @description Return all tags associated with the given list ID.<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `lists:read`
         *     `tags:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_tags_for_list.json)
         */
        get: operations["get_tags_for_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lists/{id}/relationships/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Tag IDs for List
         * @description Return all tags associated with the given list ID.<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `lists:read`
         *     `tags:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_tag_ids_for_list.json)
         */
        get: operations["get_tag_ids_for_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lists/{id}/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Profiles for List
         * @description Get all profiles within a list with the given list ID.
         *
         *     Filter to request a subset of all profiles. Profiles can be filtered by `email`, `phone_number`, `push_token`, and `joined_group_at` fields. Profiles can be sorted by the following fields, in ascending and descending order: `joined_group_at`<br><br>*Rate limits*:<br>Burst: `75/s`<br>Steady: `750/m`<br><br>Rate limits when using the `additional-fields[profile]=predictive_analytics` parameter in your API request:<br>Burst: `10/s`<br>Steady: `150/m`<br><br>To learn more about how the `additional-fields` parameter impacts rate limits, check out our [Rate limits, status codes, and errors](https://developers.klaviyo.com/en/v2026-07-15/docs/rate_limits_and_error_handling) guide.
         *
         *     **Scopes:**
         *     `lists:read`
         *     `profiles:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_profiles_for_list.json)
         */
        get: operations["get_profiles_for_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lists/{id}/relationships/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Profile IDs for List
         * @description Get profile membership [relationships](https://developers.klaviyo.com/en/reference/api_overview#relationships) for a list with the given list ID.<br><br>*Rate limits*:<br>Burst: `75/s`<br>Steady: `750/m`<br><br>Rate limits when using the `additional-fields[profile]=predictive_analytics` parameter in your API request:<br>Burst: `10/s`<br>Steady: `150/m`<br><br>To learn more about how the `additional-fields` parameter impacts rate limits, check out our [Rate limits, status codes, and errors](https://developers.klaviyo.com/en/v2026-07-15/docs/rate_limits_and_error_handling) guide.
         *
         *     **Scopes:**
         *     `lists:read`
         *     `profiles:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_profile_ids_for_list.json)
         */
        get: operations["get_profile_ids_for_list"];
        put?: never;
        /**
         * Add Profiles to List
         * @description Add a profile to a list with the given list ID.
         *
         *     It is recommended that you use the [Subscribe Profiles endpoint](https://developers.klaviyo.com/en/reference/subscribe_profiles) if you're trying to give a profile [consent](https://developers.klaviyo.com/en/docs/collect_email_and_sms_consent_via_api) to receive email marketing, SMS marketing, or both.
         *
         *     This endpoint accepts a maximum of 1000 profiles per call.<br><br>*Rate limits*:<br>Burst: `10/s`<br>Steady: `150/m`
         *
         *     **Scopes:**
         *     `lists:write`
         *     `profiles:write`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/add_profiles_to_list.json)
         */
        post: operations["add_profiles_to_list"];
        /**
         * Remove Profiles from List
         * @description Remove a profile from a list with the given list ID.
         *
         *     The provided profile will no longer receive marketing from this particular list once removed.
         *
         *     Removing a profile from a list will not impact the profile's [consent](https://developers.klaviyo.com/en/docs/collect_email_and_sms_consent_via_api) status or subscription status in general.
         *     To update a profile's subscription status, please use the [Unsubscribe Profiles endpoint](https://developers.klaviyo.com/en/reference/unsubscribe_profiles).
         *
         *     This endpoint accepts a maximum of 1000 profiles per call.<br><br>*Rate limits*:<br>Burst: `10/s`<br>Steady: `150/m`
         *
         *     **Scopes:**
         *     `lists:write`
         *     `profiles:write`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/remove_profiles_from_list.json)
         */
        delete: operations["remove_profiles_from_list"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lists/{id}/flow-triggers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Flows Triggered by List
         * @description Get all flows where the given list ID is being used as the trigger.<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `flows:read`
         *     `lists:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_flows_triggered_by_list.json)
         */
        get: operations["get_flows_triggered_by_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lists/{id}/relationships/flow-triggers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get IDs for Flows Triggered by List
         * @description Get the IDs of all flows where the given list is being used as the trigger.<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `flows:read`
         *     `lists:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_ids_for_flows_triggered_by_list.json)
         */
        get: operations["get_ids_for_flows_triggered_by_list"];
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
        CampaignEnum: "campaign";
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
        GetFlowResponseCollection: {
            data: components["schemas"]["FlowResponseObjectResource"][];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetListFlowTriggersRelationshipsResponseCollection: {
            data: {
                type: components["schemas"]["FlowEnum"];
                id: string;
            }[];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetListListResponseCollectionCompoundDocument: {
            data: components["schemas"]["ListListResponseObjectResource"][];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
            included?: (components["schemas"]["TagResponseObjectResource"] | components["schemas"]["FlowResponseObjectResource"])[];
        };
        GetListMemberResponseCollection: {
            data: ({
                type?: components["schemas"]["ProfileEnum"];
                attributes?: {
                    subscriptions?: components["schemas"]["Subscriptions"];
                    predictive_analytics?: components["schemas"]["PredictiveAnalytics"];
                };
            } & components["schemas"]["ListMemberResponseObjectResource"])[];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetListProfilesRelationshipsResponseCollection: {
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
        GetListRetrieveResponseCompoundDocument: {
            data: {
                type?: components["schemas"]["ListEnum"];
                attributes?: {
                    profile_count?: number | null;
                };
            } & components["schemas"]["ListRetrieveResponseObjectResource"];
            included?: (components["schemas"]["TagResponseObjectResource"] | components["schemas"]["FlowResponseObjectResource"])[];
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetListTagsRelationshipsResponseCollection: {
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
        ListCreateQuery: {
            data: components["schemas"]["ListCreateQueryResourceObject"];
        };
        ListCreateQueryResourceObject: {
            type: components["schemas"]["ListEnum"];
            attributes: {
                /**
                 * @description A helpful name to label the list
                 * @example Newsletter
                 */
                name: string;
                /**
                 * @description The opt-in process for this list. Valid values: 'double_opt_in', 'single_opt_in'. If not provided, uses account default.
                 * @example double_opt_in
                 * @enum {string|null}
                 */
                opt_in_process?: "double_opt_in" | "single_opt_in" | null;
            };
        };
        /** @enum {string} */
        ListEnum: "list";
        ListListResponseObjectResource: {
            type: components["schemas"]["ListEnum"];
            /**
             * @description Primary key that uniquely identifies this list. Generated by Klaviyo.
             * @example Y6nRLr
             */
            id: string;
            attributes: {
                /**
                 * @description A helpful name to label the list
                 * @example Newsletter
                 */
                name?: string | null;
                /**
                 * Format: date-time
                 * @description Date and time when the list was created, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                 * @example 2022-11-08T00:00:00+00:00
                 */
                created?: string | null;
                /**
                 * Format: date-time
                 * @description Date and time when the list was last updated, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                 * @example 2022-11-08T00:00:00+00:00
                 */
                updated?: string | null;
                /**
                 * @description The opt-in process for this list. Valid values: 'double_opt_in', 'single_opt_in'.
                 * @example double_opt_in
                 * @enum {string|null}
                 */
                opt_in_process?: "double_opt_in" | "single_opt_in" | null;
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
        ListMemberResponseObjectResource: {
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
                 * @description The datetime when this profile most recently joined the list.
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
        ListMembersAddQuery: {
            data: {
                type: components["schemas"]["ProfileEnum"];
                id: string;
            }[];
        };
        ListMembersDeleteQuery: {
            data: {
                type: components["schemas"]["ProfileEnum"];
                id: string;
            }[];
        };
        ListPartialUpdateQuery: {
            data: components["schemas"]["ListPartialUpdateQueryResourceObject"];
        };
        ListPartialUpdateQueryResourceObject: {
            type: components["schemas"]["ListEnum"];
            /**
             * @description Primary key that uniquely identifies this list. Generated by Klaviyo.
             * @example Y6nRLr
             */
            id: string;
            attributes: {
                /**
                 * @description A helpful name to label the list
                 * @example Newsletter
                 */
                name?: string | null;
                /**
                 * @description The opt-in process for this list. Valid values: 'double_opt_in', 'single_opt_in'.
                 * @example double_opt_in
                 * @enum {string|null}
                 */
                opt_in_process?: "double_opt_in" | "single_opt_in" | null;
            };
        };
        ListRetrieveResponseObjectResource: {
            type: components["schemas"]["ListEnum"];
            /**
             * @description Primary key that uniquely identifies this list. Generated by Klaviyo.
             * @example Y6nRLr
             */
            id: string;
            attributes: {
                /**
                 * @description A helpful name to label the list
                 * @example Newsletter
                 */
                name?: string | null;
                /**
                 * Format: date-time
                 * @description Date and time when the list was created, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                 * @example 2022-11-08T00:00:00+00:00
                 */
                created?: string | null;
                /**
                 * Format: date-time
                 * @description Date and time when the list was last updated, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                 * @example 2022-11-08T00:00:00+00:00
                 */
                updated?: string | null;
                /**
                 * @description The opt-in process for this list. Valid values: 'double_opt_in', 'single_opt_in'.
                 * @example double_opt_in
                 * @enum {string|null}
                 */
                opt_in_process?: "double_opt_in" | "single_opt_in" | null;
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
        ObjectLinks: {
            /** Format: uri */
            self: string;
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
        PatchListPartialUpdateResponse: {
            data: {
                type: components["schemas"]["ListEnum"];
                /**
                 * @description Primary key that uniquely identifies this list. Generated by Klaviyo.
                 * @example Y6nRLr
                 */
                id: string;
                attributes: {
                    /**
                     * @description A helpful name to label the list
                     * @example Newsletter
                     */
                    name?: string | null;
                    /**
                     * Format: date-time
                     * @description Date and time when the list was created, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                     * @example 2022-11-08T00:00:00+00:00
                     */
                    created?: string | null;
                    /**
                     * Format: date-time
                     * @description Date and time when the list was last updated, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                     * @example 2022-11-08T00:00:00+00:00
                     */
                    updated?: string | null;
                    /**
                     * @description The opt-in process for this list. Valid values: 'double_opt_in', 'single_opt_in'.
                     * @example double_opt_in
                     * @enum {string|null}
                     */
                    opt_in_process?: "double_opt_in" | "single_opt_in" | null;
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
        PostListCreateResponse: {
            data: {
                type: components["schemas"]["ListEnum"];
                /**
                 * @description Primary key that uniquely identifies this list. Generated by Klaviyo.
                 * @example Y6nRLr
                 */
                id: string;
                attributes: {
                    /**
                     * @description A helpful name to label the list
                     * @example Newsletter
                     */
                    name?: string | null;
                    /**
                     * Format: date-time
                     * @description Date and time when the list was created, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                     * @example 2022-11-08T00:00:00+00:00
                     */
                    created?: string | null;
                    /**
                     * Format: date-time
                     * @description Date and time when the list was last updated, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                     * @example 2022-11-08T00:00:00+00:00
                     */
                    updated?: string | null;
                    /**
                     * @description The opt-in process for this list. Valid values: 'double_opt_in', 'single_opt_in'.
                     * @example double_opt_in
                     * @enum {string|null}
                     */
                    opt_in_process?: "double_opt_in" | "single_opt_in" | null;
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
    get_lists: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[flow]"?: ("archived" | "created" | "id" | "name" | "status" | "trigger_type" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[list]"?: ("created" | "id" | "name" | "opt_in_process" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[tag]"?: ("id" | "name")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#filtering<br>Allowed field(s)/operator(s):<br>`name`: `any`, `equals`<br>`id`: `any`, `equals`<br>`created`: `greater-than`<br>`updated`: `greater-than` */
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
                    "application/vnd.api+json": components["schemas"]["GetListListResponseCollectionCompoundDocument"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_list: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[list]"?: ("created" | "id" | "name" | "opt_in_process" | "updated")[];
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
                "application/vnd.api+json": components["schemas"]["ListCreateQuery"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["PostListCreateResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_list: {
        parameters: {
            query?: {
                /** @description Request additional fields not included by default in the response. Supported values: 'profile_count' */
                "additional-fields[list]"?: "profile_count"[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[flow]"?: ("archived" | "created" | "id" | "name" | "status" | "trigger_type" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[list]"?: ("created" | "id" | "name" | "opt_in_process" | "profile_count" | "updated")[];
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
                /** @description Primary key that uniquely identifies this list. Generated by Klaviyo. */
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
                    "application/vnd.api+json": components["schemas"]["GetListRetrieveResponseCompoundDocument"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    delete_list: {
        parameters: {
            query?: never;
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description Primary key that uniquely identifies this list. Generated by Klaviyo. */
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
    update_list: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[list]"?: ("created" | "id" | "name" | "opt_in_process" | "updated")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description Primary key that uniquely identifies this list. Generated by Klaviyo. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.api+json": components["schemas"]["ListPartialUpdateQuery"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["PatchListPartialUpdateResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_tags_for_list: {
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
                /** @description Primary key that uniquely identifies this list. Generated by Klaviyo. */
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
    get_tag_ids_for_list: {
        parameters: {
            query?: never;
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description Primary key that uniquely identifies this list. Generated by Klaviyo. */
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
                    "application/vnd.api+json": components["schemas"]["GetListTagsRelationshipsResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_profiles_for_list: {
        parameters: {
            query?: {
                /** @description Request additional fields not included by default in the response. Supported values: 'subscriptions', 'predictive_analytics' */
                "additional-fields[profile]"?: ("subscriptions" | "predictive_analytics")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[profile]"?: ("created" | "email" | "external_id" | "first_name" | "id" | "image" | "joined_group_at" | "last_event_date" | "last_name" | "locale" | "location" | "location.address1" | "location.address2" | "location.city" | "location.country" | "location.ip" | "location.latitude" | "location.longitude" | "location.region" | "location.timezone" | "location.zip" | "organization" | "phone_number" | "predictive_analytics" | "predictive_analytics.average_days_between_orders" | "predictive_analytics.average_order_value" | "predictive_analytics.churn_probability" | "predictive_analytics.expected_date_of_next_order" | "predictive_analytics.historic_clv" | "predictive_analytics.historic_number_of_orders" | "predictive_analytics.predicted_clv" | "predictive_analytics.predicted_number_of_orders" | "predictive_analytics.ranked_channel_affinity" | "predictive_analytics.total_clv" | "properties" | "subscriptions" | "subscriptions.email" | "subscriptions.email.marketing" | "subscriptions.email.marketing.can_receive_email_marketing" | "subscriptions.email.marketing.consent" | "subscriptions.email.marketing.consent_timestamp" | "subscriptions.email.marketing.custom_method_detail" | "subscriptions.email.marketing.double_optin" | "subscriptions.email.marketing.last_updated" | "subscriptions.email.marketing.list_suppressions" | "subscriptions.email.marketing.method" | "subscriptions.email.marketing.method_detail" | "subscriptions.email.marketing.suppression" | "subscriptions.email.open_tracking" | "subscriptions.email.open_tracking.can_receive" | "subscriptions.email.open_tracking.consent" | "subscriptions.email.open_tracking.consent_timestamp" | "subscriptions.email.open_tracking.created_timestamp" | "subscriptions.email.open_tracking.last_updated" | "subscriptions.email.open_tracking.metadata" | "subscriptions.email.open_tracking.valid_until" | "subscriptions.mobile_push" | "subscriptions.mobile_push.marketing" | "subscriptions.mobile_push.marketing.can_receive_push_marketing" | "subscriptions.mobile_push.marketing.consent" | "subscriptions.mobile_push.marketing.consent_timestamp" | "subscriptions.sms" | "subscriptions.sms.marketing" | "subscriptions.sms.marketing.can_receive_sms_marketing" | "subscriptions.sms.marketing.consent" | "subscriptions.sms.marketing.consent_timestamp" | "subscriptions.sms.marketing.last_updated" | "subscriptions.sms.marketing.method" | "subscriptions.sms.marketing.method_detail" | "subscriptions.sms.transactional" | "subscriptions.sms.transactional.can_receive_sms_transactional" | "subscriptions.sms.transactional.consent" | "subscriptions.sms.transactional.consent_timestamp" | "subscriptions.sms.transactional.last_updated" | "subscriptions.sms.transactional.method" | "subscriptions.sms.transactional.method_detail" | "subscriptions.whatsapp" | "subscriptions.whatsapp.conversational" | "subscriptions.whatsapp.conversational.can_receive" | "subscriptions.whatsapp.conversational.consent" | "subscriptions.whatsapp.conversational.consent_timestamp" | "subscriptions.whatsapp.conversational.created_timestamp" | "subscriptions.whatsapp.conversational.last_updated" | "subscriptions.whatsapp.conversational.metadata" | "subscriptions.whatsapp.conversational.phone_number" | "subscriptions.whatsapp.conversational.valid_until" | "subscriptions.whatsapp.marketing" | "subscriptions.whatsapp.marketing.can_receive" | "subscriptions.whatsapp.marketing.consent" | "subscriptions.whatsapp.marketing.consent_timestamp" | "subscriptions.whatsapp.marketing.created_timestamp" | "subscriptions.whatsapp.marketing.last_updated" | "subscriptions.whatsapp.marketing.metadata" | "subscriptions.whatsapp.marketing.phone_number" | "subscriptions.whatsapp.marketing.valid_until" | "subscriptions.whatsapp.transactional" | "subscriptions.whatsapp.transactional.can_receive" | "subscriptions.whatsapp.transactional.consent" | "subscriptions.whatsapp.transactional.consent_timestamp" | "subscriptions.whatsapp.transactional.created_timestamp" | "subscriptions.whatsapp.transactional.last_updated" | "subscriptions.whatsapp.transactional.metadata" | "subscriptions.whatsapp.transactional.phone_number" | "subscriptions.whatsapp.transactional.valid_until" | "title" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#filtering<br>Allowed field(s)/operator(s):<br>`email`: `any`, `equals`<br>`phone_number`: `any`, `equals`<br>`push_token`: `any`, `equals`<br>`_kx`: `equals`<br>`joined_group_at`: `greater-or-equal`, `greater-than`, `less-or-equal`, `less-than` */
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
                /** @description Primary key that uniquely identifies this list. Generated by Klaviyo. */
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
                    "application/vnd.api+json": components["schemas"]["GetListMemberResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_profile_ids_for_list: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#filtering<br>Allowed field(s)/operator(s):<br>`email`: `any`, `equals`<br>`phone_number`: `any`, `equals`<br>`push_token`: `any`, `equals`<br>`_kx`: `equals`<br>`joined_group_at`: `greater-or-equal`, `greater-than`, `less-or-equal`, `less-than` */
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
                /** @description Primary key that uniquely identifies this list. Generated by Klaviyo. */
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
                    "application/vnd.api+json": components["schemas"]["GetListProfilesRelationshipsResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    add_profiles_to_list: {
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
        requestBody: {
            content: {
                "application/vnd.api+json": components["schemas"]["ListMembersAddQuery"];
            };
        };
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
    remove_profiles_from_list: {
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
        requestBody: {
            content: {
                "application/vnd.api+json": components["schemas"]["ListMembersDeleteQuery"];
            };
        };
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
    get_flows_triggered_by_list: {
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
                /** @description Primary key that uniquely identifies this list. Generated by Klaviyo. */
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
    get_ids_for_flows_triggered_by_list: {
        parameters: {
            query?: never;
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description Primary key that uniquely identifies this list. Generated by Klaviyo. */
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
                    "application/vnd.api+json": components["schemas"]["GetListFlowTriggersRelationshipsResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
