import type { Resolvers } from '../generated/resolvers.js';
import { CustomerConnection, CustomerEdge } from './connection.js';
import { BusinessCustomer, Customer, IndividualCustomer, Node } from './customer.js';
import { AssociatedParty, InformationRequest, PartyRejection, Rejection } from './nested.js';
import { Query } from './query.js';
import { Date, DateTime } from './scalars.js';
import { Subscription } from '../subscriptions/resolvers.js';

/** Every resolver of the schema. Plain fields resolve by name from the model. */
export const resolvers: Resolvers = {
  Query,
  Subscription,
  Node,
  Customer,
  IndividualCustomer,
  BusinessCustomer,
  CustomerConnection,
  CustomerEdge,
  AssociatedParty,
  InformationRequest,
  Rejection,
  PartyRejection,
  DateTime,
  Date,
};
