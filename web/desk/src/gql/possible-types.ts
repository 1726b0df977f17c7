
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Customer": [
      "BusinessCustomer",
      "IndividualCustomer"
    ],
    "Node": [
      "BusinessCustomer",
      "IndividualCustomer"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Customer": [
      "BusinessCustomer",
      "IndividualCustomer"
    ],
    "Node": [
      "BusinessCustomer",
      "IndividualCustomer"
    ]
  }
};
      export default result;
    